<?php
/**
 * The "Overlap comparison" block (overlap/view): the author pastes two texts, or takes text A
 * from the post itself, and sets the labels. A dynamic block: the front end gets the texts as
 * hidden paragraphs beside an <overlap-view> that names them by ids unique on the page, inside
 * a [data-overlap-scope] wrapper, so several blocks and posts on one page never mix up texts.
 *
 * @package Overlap
 */

defined( 'ABSPATH' ) || exit;

/** Registers the block from block.json; the editor script is block/editor.js. */
function overlap_register_block() {
	register_block_type( OVERLAP_DIR . '/block', array( 'render_callback' => 'overlap_render_block' ) );
}
add_action( 'init', 'overlap_register_block' );

/**
 * Renders the block on the front end.
 *
 * @param array $attributes The block's attributes (block.json).
 * @return string
 */
function overlap_render_block( $attributes ) {
	$text_a = 'post' === ( $attributes['sourceA'] ?? 'text' ) ? overlap_post_text( get_post() ) : (string) ( $attributes['textA'] ?? '' );
	$text_b = (string) ( $attributes['textB'] ?? '' );
	if ( '' === trim( $text_a ) || '' === trim( $text_b ) ) {
		return '';
	}
	$id_a    = wp_unique_id( 'overlap-text-a-' );
	$id_b    = wp_unique_id( 'overlap-text-b-' );
	$element = overlap_element(
		array(
			'a'         => '#' . $id_a,
			'b'         => '#' . $id_b,
			'label-a'   => $attributes['labelA'] ?? '',
			'label-b'   => $attributes['labelB'] ?? '',
			'min-words' => (string) ( $attributes['minWords'] ?? '' ),
			'view'      => $attributes['view'] ?? '',
			'theme'     => $attributes['theme'] ?? '',
		)
	);
	overlap_enqueue_script();
	return sprintf(
		'<div %1$s><div id="%2$s" hidden>%3$s</div><div id="%4$s" hidden>%5$s</div>%6$s</div>',
		get_block_wrapper_attributes( array( 'data-overlap-scope' => '' ) ),
		esc_attr( $id_a ),
		overlap_paragraphs_html( $text_a ),
		esc_attr( $id_b ),
		overlap_paragraphs_html( $text_b ),
		$element
	);
}

/**
 * A text as escaped HTML paragraphs: a blank line separates paragraphs, a line break is a <br>.
 *
 * @param string $text Plain text.
 * @return string
 */
function overlap_paragraphs_html( $text ) {
	$html = '';
	foreach ( preg_split( '/\n[ \t]*\n/', str_replace( array( "\r\n", "\r" ), "\n", $text ) ) as $paragraph ) {
		$paragraph = trim( $paragraph );
		if ( '' !== $paragraph ) {
			$html .= '<p>' . nl2br( esc_html( $paragraph ), false ) . '</p>';
		}
	}
	return $html;
}

/**
 * The text of a post as a reader sees it, one paragraph per block-level element, without its
 * Overlap blocks and shortcodes (a comparison is not part of the text it compares). Read from
 * the stored content, not rendered, so that no block renders itself recursively.
 *
 * @param WP_Post|null $post The post.
 * @return string
 */
function overlap_post_text( $post ) {
	if ( ! $post ) {
		return '';
	}
	$html = serialize_blocks( overlap_without_own_blocks( parse_blocks( $post->post_content ) ) );
	$html = strip_shortcodes( $html );
	$html = preg_replace( '#<br\s*/?>#i', "\n", $html );
	$html = preg_replace( '#</(p|h[1-6]|li|blockquote|div|pre|figure|figcaption|ul|ol|table|tr|section|article)\s*>#i', "$0\n\n", $html );
	$text = html_entity_decode( wp_strip_all_tags( $html ), ENT_QUOTES | ENT_HTML5, 'UTF-8' );
	$text = preg_replace( '/[ \t]+/', ' ', $text );
	return trim( preg_replace( '/\n\s*\n\s*/', "\n\n", $text ) );
}

/**
 * Blocks without overlap/view ones, at any depth. A parent's innerContent holds a null where
 * each inner block goes: the null of a removed block goes too.
 *
 * @param array $blocks Parsed blocks.
 * @return array
 */
function overlap_without_own_blocks( $blocks ) {
	$kept = array();
	foreach ( $blocks as $block ) {
		if ( 'overlap/view' === $block['blockName'] ) {
			continue;
		}
		if ( ! empty( $block['innerBlocks'] ) ) {
			$inner   = array();
			$content = array();
			$next    = 0;
			foreach ( $block['innerContent'] as $piece ) {
				if ( null !== $piece ) {
					$content[] = $piece;
					continue;
				}
				$child = $block['innerBlocks'][ $next++ ];
				if ( 'overlap/view' !== $child['blockName'] ) {
					$inner[]   = overlap_without_own_blocks( array( $child ) )[0];
					$content[] = null;
				}
			}
			$block['innerBlocks']  = $inner;
			$block['innerContent'] = $content;
		}
		$kept[] = $block;
	}
	return $kept;
}

<?php
/**
 * The engine's download started with the page: on a post that shows the widget, WordPress
 * prints a <link rel="preload"> for overlap.wasm in <head> (its own list of preloads). The
 * widget's script, deferred in the footer, would otherwise ask for the wasm only once it has
 * arrived and run: on a slow mobile connection that is a round trip and the script's own
 * download during which the largest file waits (bench/README.md, "Page load"). The widget's
 * request then takes the preloaded response: one download.
 *
 * The head is printed before the content is rendered, so the post's source is read for the
 * element, the shortcode or the block; only on a single post or page, whose content is the
 * page's. An archive, a post behind a password or a page without the widget preloads nothing.
 *
 * @package Overlap
 */

defined( 'ABSPATH' ) || exit;

/**
 * Whether post content (as stored) shows the widget.
 *
 * @param string $content Post content.
 * @return bool
 */
function overlap_content_shows_widget( $content ) {
	return false !== stripos( $content, '<overlap-view' )
		|| has_shortcode( $content, 'overlap' )
		|| has_block( 'overlap/view', $content );
}

/**
 * Adds overlap.wasm to WordPress's preloads on a single post or page that shows the widget.
 *
 * @param array $resources Resources to preload, as wp_preload_resources() takes them.
 * @return array
 */
function overlap_preload_engine( $resources ) {
	if ( ! is_array( $resources ) || ! is_singular() ) {
		return $resources;
	}
	$post = get_queried_object();
	if ( ! $post instanceof WP_Post || post_password_required( $post ) || ! overlap_content_shows_widget( $post->post_content ) ) {
		return $resources;
	}
	// Requested as the widget's script requests it (fetch, same-origin credentials), or the
	// browser would keep the two apart and download it twice.
	$resources[] = array(
		'href'        => plugins_url( 'assets/overlap.wasm', OVERLAP_FILE ),
		'as'          => 'fetch',
		'crossorigin' => 'anonymous',
	);
	return $resources;
}
add_filter( 'wp_preload_resources', 'overlap_preload_engine' );

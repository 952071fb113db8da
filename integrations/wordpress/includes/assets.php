<?php
/**
 * The widget's script: registered once, printed only on pages whose content uses the widget,
 * deferred, in the footer. Posts never carry a <script> tag of their own.
 *
 * The script (assets/overlap-view.js) loads overlap.mjs and overlap.wasm from next to itself.
 *
 * @package Overlap
 */

defined( 'ABSPATH' ) || exit;

const OVERLAP_SCRIPT = 'overlap-view';

/** Registers the widget's script (the block editor's preview depends on it too). */
function overlap_register_script() {
	wp_register_script( OVERLAP_SCRIPT, plugins_url( 'assets/overlap-view.js', OVERLAP_FILE ), array(), OVERLAP_VERSION, true );
}
add_action( 'init', 'overlap_register_script', 5 );

/** Asks for the widget's script on this page. Safe to call any number of times. */
function overlap_enqueue_script() {
	wp_enqueue_script( OVERLAP_SCRIPT );
}

/**
 * Enqueues the script when rendered content holds the widget: a raw element, or the output of
 * the shortcode or the block. Runs after both have been expanded. Footer scripts are printed
 * after all content, so enqueuing here, while the page is built, is in time.
 *
 * @param string $content Rendered post content.
 * @return string The content, unchanged.
 */
function overlap_enqueue_for_content( $content ) {
	// An excerpt is made from the content with its tags stripped: no widget there.
	if ( doing_filter( 'get_the_excerpt' ) ) {
		return $content;
	}
	if ( is_string( $content ) && false !== stripos( $content, '<overlap-view' ) ) {
		overlap_enqueue_script();
	}
	return $content;
}
add_filter( 'the_content', 'overlap_enqueue_for_content', 1000 );

/**
 * Marks the widget's script deferred. WordPress 6.1 has no loading strategies for scripts;
 * later versions may already have written the attribute.
 *
 * @param string $tag    The <script> tag.
 * @param string $handle Its handle.
 * @return string
 */
function overlap_defer_script( $tag, $handle ) {
	if ( OVERLAP_SCRIPT !== $handle || preg_match( '/\sdefer[\s=>]/', $tag ) ) {
		return $tag;
	}
	return preg_replace( '/<script\b/', '<script defer', $tag, 1 );
}
add_filter( 'script_loader_tag', 'overlap_defer_script', 10, 2 );

<?php
/**
 * [overlap a="#original" b="#rewrite" label-a="Wire story" label-b="Published"]: the widget for
 * editors who prefer shortcodes. Takes the element's documented attributes, checked by the same
 * rules as the raw element; src-a / src-b may point to other sites only in posts whose author
 * may post unfiltered HTML.
 *
 * @package Overlap
 */

defined( 'ABSPATH' ) || exit;

/**
 * Renders the shortcode.
 *
 * @param array|string $attributes Shortcode attributes (an empty string when there are none).
 * @return string
 */
function overlap_shortcode( $attributes ) {
	$given = array();
	foreach ( (array) $attributes as $name => $value ) {
		if ( is_string( $name ) ) {
			$given[ strtolower( $name ) ] = $value;
		}
	}
	$post     = get_post();
	$any_site = $post && user_can( (int) $post->post_author, 'unfiltered_html' );
	overlap_enqueue_script();
	return overlap_element( $given, $any_site );
}
add_shortcode( 'overlap', 'overlap_shortcode' );

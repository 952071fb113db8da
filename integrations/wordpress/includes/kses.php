<?php
/**
 * Lets every role that writes posts use the raw element. WordPress filters the posts of roles
 * without `unfiltered_html` (Authors, Contributors) through kses, which removes any element it
 * does not know: <overlap-view> is added to the allow-list with exactly its documented
 * attributes, each value checked by its rule (overlap_attribute_rules): a value that fails is
 * removed, and so is every other attribute (on*, style, …). src-a / src-b also go through
 * kses's URL protocol check. The <script> tag stays forbidden: the plugin adds it to pages.
 *
 * @package Overlap
 */

defined( 'ABSPATH' ) || exit;

/**
 * Adds <overlap-view> to the tags allowed in post content.
 *
 * @param array  $tags    Allowed tags => allowed attributes.
 * @param string $context The kses context.
 * @return array
 */
function overlap_kses_allowed_html( $tags, $context ) {
	if ( 'post' !== $context ) {
		return $tags;
	}
	$attributes = array();
	foreach ( overlap_attribute_rules() as $name => $rule ) {
		$attributes[ $name ] = is_array( $rule ) ? array( 'values' => $rule ) : array( 'value_callback' => $rule );
	}
	$tags['overlap-view'] = $attributes;
	return $tags;
}
add_filter( 'wp_kses_allowed_html', 'overlap_kses_allowed_html', 10, 2 );

/**
 * Makes kses check the protocols of src-a and src-b as it does those of href and src.
 *
 * @param string[] $attributes Attribute names that hold URLs.
 * @return string[]
 */
function overlap_kses_uri_attributes( $attributes ) {
	$attributes[] = 'src-a';
	$attributes[] = 'src-b';
	return $attributes;
}
add_filter( 'wp_kses_uri_attributes', 'overlap_kses_uri_attributes' );

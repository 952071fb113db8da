<?php
/**
 * The attributes of <overlap-view> an author may set, and what each value may be. The same rules
 * serve the kses allow-list (raw elements in posts), the shortcode and the block, so that every
 * way into a post accepts exactly the documented attributes with values of their documented
 * kinds; anything else is dropped, never passed on.
 *
 * @package Overlap
 */

defined( 'ABSPATH' ) || exit;

/**
 * Attribute name => a list of allowed values, or the name of a function that accepts a value.
 *
 * @return array<string, string[]|callable-string>
 */
function overlap_attribute_rules() {
	return array(
		'a'         => 'overlap_is_selector',
		'b'         => 'overlap_is_selector',
		'src-a'     => 'overlap_is_same_site_url',
		'src-b'     => 'overlap_is_same_site_url_list',
		'label-a'   => 'overlap_is_label',
		'label-b'   => 'overlap_is_label',
		'min-words' => 'overlap_is_min_words',
		'view'      => array( 'document', 'passages', 'changes' ),
		'order'     => array( 'a', 'b' ),
		'theme'     => array( 'auto', 'light', 'dark' ),
		'worker'    => array( 'auto', 'always', 'never' ),
		// A boolean attribute: present (empty, or its own name) or spelled out.
		'show-typography' => array( '', 'show-typography', 'true', 'false' ),
		'lang'      => 'overlap_is_language_tag',
	);
}

/**
 * A BCP 47 language tag of the usual shape ("en", "ar", "pt-BR", "zh-Hant-TW").
 *
 * @param string $value Attribute value.
 * @return bool
 */
function overlap_is_language_tag( $value ) {
	return 1 === preg_match( '/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,4}$/', $value );
}

/**
 * Whether `$value` is allowed for attribute `$name`. URLs of other sites are allowed only when
 * `$any_site` is true (their author may post unfiltered HTML anyway).
 *
 * @param string $name     Attribute name.
 * @param mixed  $value    Attribute value.
 * @param bool   $any_site Whether src-a / src-b may point to another site.
 * @return bool
 */
function overlap_is_allowed_value( $name, $value, $any_site = false ) {
	$rules = overlap_attribute_rules();
	if ( ! isset( $rules[ $name ] ) || ! is_scalar( $value ) ) {
		return false;
	}
	$value = (string) $value;
	$rule  = $rules[ $name ];
	if ( is_array( $rule ) ) {
		return in_array( $value, $rule, true );
	}
	if ( $any_site && 'overlap_is_same_site_url' === $rule ) {
		return overlap_is_url( $value );
	}
	if ( $any_site && 'overlap_is_same_site_url_list' === $rule ) {
		return overlap_is_url_list( $value, 'overlap_is_url' );
	}
	return (bool) call_user_func( $rule, $value );
}

/**
 * A CSS selector of the simple kinds the documentation shows (#id, .class, element, [attr=x],
 * combinators): no quotes, backslashes or angle brackets, at most 200 characters.
 *
 * @param string $value Attribute value.
 * @return bool
 */
function overlap_is_selector( $value ) {
	return 1 === preg_match( '/^[A-Za-z0-9_\-#.\[\]=:>+~*,() ^$|]{1,200}$/', $value ) && '' !== trim( $value );
}

/**
 * A column label: plain text of at most 200 characters, no markup or control characters (the
 * widget shows it as text, and nothing in it may look like markup to other readers of the post).
 *
 * @param string $value Attribute value.
 * @return bool
 */
function overlap_is_label( $value ) {
	return strlen( $value ) <= 200 && 1 !== preg_match( '/[<>\x00-\x1f\x7f]/', $value );
}

/**
 * A whole number of words from 1 to 100000.
 *
 * @param string $value Attribute value.
 * @return bool
 */
function overlap_is_min_words( $value ) {
	return 1 === preg_match( '/^[0-9]{1,6}$/', $value ) && (int) $value >= 1 && (int) $value <= 100000;
}

/**
 * An http(s) URL or a relative reference, with nothing a browser would read differently from
 * the way it is checked here (white space, control characters, backslashes).
 *
 * @param string $value Attribute value (entities already decoded).
 * @return bool
 */
function overlap_is_url( $value ) {
	$value = html_entity_decode( $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
	if ( '' === $value || strlen( $value ) > 2000 || 1 === preg_match( '/[\x00-\x20\x7f\\\\<>"\']/', $value ) ) {
		return false;
	}
	if ( 1 === preg_match( '/^[A-Za-z][A-Za-z0-9+.\-]*:/', $value ) ) {
		return 1 === preg_match( '#^https?://#i', $value );
	}
	return true;
}

/**
 * A URL on this site: a path on it ("/articles/1.txt", "notes.txt", not "//elsewhere"), or an
 * http(s) URL whose host is the site's own. This is what roles without `unfiltered_html` may
 * fetch texts from: the widget fetches with the reader's cookies for same-origin URLs, and an
 * author must not make readers' browsers fetch from, or reveal their visit to, other sites.
 *
 * @param string $value Attribute value.
 * @return bool
 */
function overlap_is_same_site_url( $value ) {
	if ( ! overlap_is_url( $value ) ) {
		return false;
	}
	$value = html_entity_decode( $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
	if ( 0 === strpos( $value, '//' ) ) {
		return false;
	}
	if ( 1 !== preg_match( '#^https?://#i', $value ) ) {
		return true;
	}
	$host  = wp_parse_url( $value, PHP_URL_HOST );
	$hosts = array( wp_parse_url( home_url(), PHP_URL_HOST ), wp_parse_url( site_url(), PHP_URL_HOST ) );
	return is_string( $host ) && in_array( strtolower( $host ), array_map( 'strtolower', array_filter( $hosts ) ), true );
}

/**
 * One URL, or several separated by single spaces (src-b: one article against several sources),
 * each accepted by `$rule`; at most 50.
 *
 * @param string          $value Attribute value.
 * @param callable-string $rule  The check of one URL.
 * @return bool
 */
function overlap_is_url_list( $value, $rule ) {
	$urls = explode( ' ', (string) $value );
	if ( count( $urls ) > 50 ) {
		return false;
	}
	foreach ( $urls as $url ) {
		if ( ! call_user_func( $rule, $url ) ) {
			return false;
		}
	}
	return true;
}

/**
 * Several URLs on this site (see overlap_is_same_site_url), separated by single spaces.
 *
 * @param string $value Attribute value.
 * @return bool
 */
function overlap_is_same_site_url_list( $value ) {
	return overlap_is_url_list( $value, 'overlap_is_same_site_url' );
}

/**
 * The HTML of an <overlap-view> element with the allowed ones of `$attributes` (name => value),
 * every value escaped. Invalid values are dropped.
 *
 * @param array $attributes Attribute name => value.
 * @param bool  $any_site   Whether src-a / src-b may point to another site.
 * @return string
 */
function overlap_element( $attributes, $any_site = false ) {
	$html = '<overlap-view';
	foreach ( $attributes as $name => $value ) {
		if ( overlap_is_allowed_value( $name, $value, $any_site ) ) {
			$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	return $html . '></overlap-view>';
}

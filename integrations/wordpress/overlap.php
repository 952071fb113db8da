<?php
/**
 * Plugin Name:       Overlap
 * Description:       Shows the passages two texts share, side by side: moved, lightly edited, in any language. Adds the &lt;overlap-view&gt; element for every author, the [overlap] shortcode and the "Overlap comparison" block.
 * Version:           @VERSION@
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            The Overlap authors
 * License:           See LICENSE in the plugin folder
 * Text Domain:       overlap
 *
 * @package Overlap
 */

defined( 'ABSPATH' ) || exit;

define( 'OVERLAP_VERSION', '@VERSION@' );
define( 'OVERLAP_FILE', __FILE__ );
define( 'OVERLAP_DIR', __DIR__ );

require_once OVERLAP_DIR . '/includes/attributes.php';
require_once OVERLAP_DIR . '/includes/assets.php';
require_once OVERLAP_DIR . '/includes/preload.php';
require_once OVERLAP_DIR . '/includes/kses.php';
require_once OVERLAP_DIR . '/includes/shortcode.php';
require_once OVERLAP_DIR . '/includes/block.php';

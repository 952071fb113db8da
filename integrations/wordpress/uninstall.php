<?php
/**
 * Runs when the plugin is deleted from the Plugins screen. The plugin stores no options,
 * transients, tables, user meta or files of its own (the widget's settings live in each post's
 * markup), so WordPress removing the plugin's folder leaves nothing behind; the end-to-end suite
 * checks that. A version that stores an option must delete it here. Posts that use the element,
 * the shortcode or the block are their authors' content and stay.
 *
 * @package Overlap
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

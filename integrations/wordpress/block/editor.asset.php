<?php
// Dependencies of editor.js (plain JavaScript on the wp.* globals, no build step), and the
// widget itself for the preview.
return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-data', 'wp-i18n', 'overlap-view' ),
	'version'      => OVERLAP_VERSION,
);

/**
 * The "Overlap comparison" block in the editor: two text areas (or the post's own text for A),
 * the labels, and a live preview with the real widget. Plain JavaScript on WordPress's wp.*
 * globals, so the plugin needs no build step. The block is dynamic: its front end is rendered
 * by PHP (includes/block.php), so save() stores attributes only.
 */
( function ( wp ) {
	'use strict';
	var el = wp.element.createElement;
	var __ = wp.i18n.__;
	var useBlockProps = wp.blockEditor.useBlockProps;
	var InspectorControls = wp.blockEditor.InspectorControls;
	var components = wp.components;

	// Comparing on every keystroke would redo the work for each letter: the preview waits for
	// a pause in typing.
	var PREVIEW_DELAY_MS = 600;

	function withoutOwnBlocks( blocks ) {
		return blocks
			.filter( function ( block ) { return block.name !== 'overlap/view'; } )
			.map( function ( block ) {
				return wp.blocks.createBlock( block.name, block.attributes, withoutOwnBlocks( block.innerBlocks || [] ) );
			} );
	}

	// The post's own text, as the front end reads it: its blocks without Overlap blocks.
	function usePostText( wanted ) {
		return wp.data.useSelect( function ( select ) {
			if ( ! wanted ) return '';
			var html = wp.blocks.serialize( withoutOwnBlocks( select( 'core/block-editor' ).getBlocks() ) );
			var View = window.customElements.get( 'overlap-view' );
			return View ? View.textFromHtml( html ) : '';
		}, [ wanted ] );
	}

	function Preview( props ) {
		var ref = wp.element.useRef( null );
		var a = props.a;
		var b = props.b;
		wp.element.useEffect( function () {
			var view = ref.current;
			if ( ! view || ! a.trim() || ! b.trim() ) return undefined;
			var timer = window.setTimeout( function () {
				// Errors are shown inside the widget; a replaced comparison is not an error.
				view.compare( a, b ).catch( function () {} );
			}, PREVIEW_DELAY_MS );
			return function () { window.clearTimeout( timer ); };
		}, [ a, b, props.minWords ] );
		if ( ! a.trim() || ! b.trim() ) {
			return el( 'p', { className: 'overlap-block-hint' }, __( 'Paste both texts to see the comparison.', 'overlap' ) );
		}
		return el( 'overlap-view', {
			ref: ref,
			'label-a': props.labelA || undefined,
			'label-b': props.labelB || undefined,
			'min-words': String( props.minWords || 20 ),
			view: props.view,
			theme: props.theme,
		} );
	}

	function Edit( props ) {
		var at = props.attributes;
		var set = props.setAttributes;
		var postText = usePostText( at.sourceA === 'post' );
		var textA = at.sourceA === 'post' ? postText : at.textA;
		var field = function ( name ) {
			return function ( value ) { var change = {}; change[ name ] = value; set( change ); };
		};
		// A drop-down for the attribute `name`, from [value, label] pairs.
		var choice = function ( label, name, options ) {
			return el( components.SelectControl, {
				label: label, value: at[ name ], onChange: field( name ),
				options: options.map( function ( o ) { return { value: o[ 0 ], label: o[ 1 ] }; } ),
			} );
		};
		return el( 'div', useBlockProps(),
			el( InspectorControls, null,
				el( components.PanelBody, { title: __( 'Comparison', 'overlap' ) },
					choice( __( 'Text A', 'overlap' ), 'sourceA', [
						[ 'text', __( 'Pasted text', 'overlap' ) ],
						[ 'post', __( 'This post’s own text', 'overlap' ) ],
					] ),
					el( components.RangeControl, {
						label: __( 'Shortest passage, in words', 'overlap' ), value: at.minWords, min: 3, max: 100,
						onChange: function ( value ) { set( { minWords: value || 20 } ); },
					} ),
					choice( __( 'View', 'overlap' ), 'view', [
						[ 'document', __( 'Two columns of text', 'overlap' ) ],
						[ 'passages', __( 'One row per shared passage', 'overlap' ) ],
						[ 'changes', __( 'B as tracked changes against A', 'overlap' ) ],
					] ),
					choice( __( 'Colours', 'overlap' ), 'theme', [
						[ 'auto', __( 'Follow the page', 'overlap' ) ],
						[ 'light', __( 'Light', 'overlap' ) ],
						[ 'dark', __( 'Dark', 'overlap' ) ],
					] )
				)
			),
			el( 'div', { className: 'overlap-block-fields' },
				el( components.TextControl, { label: __( 'Label of text A', 'overlap' ), value: at.labelA, onChange: field( 'labelA' ) } ),
				at.sourceA === 'post'
					? el( 'p', null, __( 'Text A is this post’s own text.', 'overlap' ) )
					: el( components.TextareaControl, { label: __( 'Text A', 'overlap' ), value: at.textA, rows: 6, onChange: field( 'textA' ) } ),
				el( components.TextControl, { label: __( 'Label of text B', 'overlap' ), value: at.labelB, onChange: field( 'labelB' ) } ),
				el( components.TextareaControl, { label: __( 'Text B', 'overlap' ), value: at.textB, rows: 6, onChange: field( 'textB' ) } )
			),
			el( Preview, {
				a: textA, b: at.textB, labelA: at.labelA, labelB: at.labelB,
				minWords: at.minWords, view: at.view, theme: at.theme,
			} )
		);
	}

	wp.blocks.registerBlockType( 'overlap/view', {
		edit: Edit,
		save: function () { return null; },
	} );
}( window.wp ) );

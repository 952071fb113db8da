<?php
/**
 * Creates posts through WordPress itself, as a given user: reads
 * {"user": "author", "posts": [{"title", "content", "type"?, "category"?}]} on stdin and writes
 * [{"id", "url", "content"}] (the content as stored) on stdout. wp_set_current_user() makes
 * WordPress filter the content for that user's capabilities (kses for roles without
 * unfiltered_html), exactly as when the user saves from the editor.
 */

if ( PHP_SAPI !== 'cli' ) {
	exit( 2 );
}
require '/usr/share/wordpress/wp-load.php';

$request = json_decode( stream_get_contents( STDIN ), true );
$user    = get_user_by( 'login', $request['user'] );
if ( ! $user ) {
	fwrite( STDERR, "posts.php: no user {$request['user']}\n" );
	exit( 1 );
}
wp_set_current_user( $user->ID );

$created = array();
foreach ( $request['posts'] as $post ) {
	$fields = array(
		'post_title'   => $post['title'],
		'post_content' => $post['content'],
		'post_status'  => 'publish',
		'post_type'    => $post['type'] ?? 'post',
		'post_author'  => $user->ID,
	);
	if ( ! empty( $post['category'] ) ) {
		$term = term_exists( $post['category'], 'category' );
		$term = $term ? $term : wp_insert_term( $post['category'], 'category' );
		$fields['post_category'] = array( (int) $term['term_id'] );
	}
	// wp_insert_post() expects slashed data, as from a form.
	$id = wp_insert_post( wp_slash( $fields ), true );
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, 'posts.php: ' . $id->get_error_message() . "\n" );
		exit( 1 );
	}
	$created[] = array(
		'id'      => $id,
		'url'     => get_permalink( $id ),
		'content' => get_post_field( 'post_content', $id, 'raw' ),
		'term'    => isset( $term['term_id'] ) ? (int) $term['term_id'] : null,
	);
	unset( $term );
}
echo json_encode( $created ), "\n";

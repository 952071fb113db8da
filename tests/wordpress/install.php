<?php
/**
 * Installs the suite's WordPress site, as its installer would, and writes what the suite needs
 * to know to the JSON file named by the first argument: the URL and two users, an
 * administrator and an author (a role without `unfiltered_html`, as most reporters have).
 * Run by scripts/setup-wordpress.sh with HTTP_HOST set (Debian's wp-config.php picks the
 * site's configuration file by host).
 */

if ( PHP_SAPI !== 'cli' || empty( $argv[1] ) ) {
	fwrite( STDERR, "usage: HTTP_HOST=127.0.0.1 php install.php site.json\n" );
	exit( 2 );
}
define( 'WP_INSTALLING', true );
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
// The site has no mail server: the installer's "new site" mail is not sent.
add_filter( 'pre_wp_mail', '__return_false' );

$admin_password  = wp_generate_password( 24, false );
$author_password = wp_generate_password( 24, false );
$installed       = wp_install( 'Overlap test site', 'admin', 'admin@example.invalid', false, '', $admin_password );
if ( is_wp_error( $installed ) || empty( $installed['user_id'] ) ) {
	fwrite( STDERR, "install.php: wp_install failed\n" );
	exit( 1 );
}
switch_theme( 'twentytwentythree' );
update_option( 'permalink_structure', '' );

$author = wp_insert_user(
	array(
		'user_login'   => 'author',
		'user_pass'    => $author_password,
		'user_email'   => 'author@example.invalid',
		'display_name' => 'Ada Author',
		'role'         => 'author',
	)
);
if ( is_wp_error( $author ) ) {
	fwrite( STDERR, 'install.php: ' . $author->get_error_message() . "\n" );
	exit( 1 );
}
// The block editor's welcome guide would cover the editor in the suite's screenshots.
foreach ( array( (int) $installed['user_id'], $author ) as $user ) {
	update_user_meta( $user, $GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ) ) );
}

file_put_contents(
	$argv[1],
	json_encode(
		array(
			'url'    => home_url( '/' ),
			'admin'  => array( 'login' => 'admin', 'password' => $admin_password ),
			'author' => array( 'login' => 'author', 'password' => $author_password, 'id' => $author ),
		),
		JSON_PRETTY_PRINT
	) . "\n"
);

#!/usr/bin/env bash
# Sets up a real WordPress for the plugin's end-to-end suite (tests/wordpress/), as root on
# Debian bookworm: Debian's wordpress, twentytwentythree, Apache with mod_php and MariaDB,
# installed only for this suite (`make test-wordpress`), then started here (CI starts no
# service). Each run starts from a fresh site: a new database, an administrator and an author
# with new random passwords, no Overlap plugin installed. The suite installs the plugin itself,
# through WordPress's upload screen, from dist/overlap-wordpress.zip.
#
# Apache listens on 127.0.0.1:$WORDPRESS_PORT only (default 8765): this machine's Apache is
# given over to the suite (its ports.conf and default site are replaced).
# Writes build/wordpress/site.json: the site's URL and the two users' credentials.
set -euo pipefail
cd "$(dirname "$0")/.."

port=${WORDPRESS_PORT:-8765}
host=127.0.0.1
url="http://$host:$port"
db=overlap_wp
content=/var/lib/wordpress/wp-content
out=build/wordpress
started=$(date +%s)

packages=(wordpress wordpress-theme-twentytwentythree apache2 libapache2-mod-php php-cli php-mysql mariadb-server)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup-wordpress: installing Debian packages: ${missing[*]}"
  # The packages would start Apache on port 80 and MariaDB as they install; this script starts
  # them itself, as configured below. A policy-rc.d the machine already has is left alone.
  own_policy=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
    own_policy=1
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  if [ $own_policy = 1 ]; then rm -f /usr/sbin/policy-rc.d; trap - EXIT; fi
fi

# MariaDB: root logs in through the unix socket, as Debian sets it up.
if ! mysqladmin ping --silent >/dev/null 2>&1; then
  service mariadb start >/dev/null
  for _ in $(seq 1 60); do mysqladmin ping --silent >/dev/null 2>&1 && break; sleep 0.5; done
  mysqladmin ping --silent >/dev/null || { echo "setup-wordpress: MariaDB did not start" >&2; exit 1; }
fi
db_password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
mysql -u root <<SQL
DROP DATABASE IF EXISTS $db;
CREATE DATABASE $db DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$db'@'localhost';
ALTER USER '$db'@'localhost' IDENTIFIED BY '$db_password';
GRANT ALL PRIVILEGES ON $db.* TO '$db'@'localhost';
FLUSH PRIVILEGES;
SQL

# Debian's wp-config.php reads /etc/wordpress/config-<host>.php, the host without its port.
salt() { head -c 48 /dev/urandom | base64 | tr -d '/+=\n'; }
cat >/etc/wordpress/config-$host.php <<PHP
<?php
// Written by the Overlap project's scripts/setup-wordpress.sh for its end-to-end suite.
define( 'DB_NAME', '$db' );
define( 'DB_USER', '$db' );
define( 'DB_PASSWORD', '$db_password' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
define( 'WP_HOME', '$url' );
define( 'WP_SITEURL', '$url' );
define( 'AUTH_KEY', '$(salt)' );
define( 'SECURE_AUTH_KEY', '$(salt)' );
define( 'LOGGED_IN_KEY', '$(salt)' );
define( 'NONCE_KEY', '$(salt)' );
define( 'AUTH_SALT', '$(salt)' );
define( 'SECURE_AUTH_SALT', '$(salt)' );
define( 'LOGGED_IN_SALT', '$(salt)' );
define( 'NONCE_SALT', '$(salt)' );
// Plugins are installed by Apache's user into its own wp-content: no FTP credentials asked.
define( 'FS_METHOD', 'direct' );
// Notices and warnings go to wp-content/debug.log, which the suite checks, not into pages.
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', true );
define( 'WP_CONTENT_DIR', '$content' );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
PHP
chgrp www-data /etc/wordpress/config-$host.php
chmod 640 /etc/wordpress/config-$host.php

# A fresh site has no Overlap plugin and an empty log.
rm -rf "$content/plugins/overlap" "$content/upgrade"
install -o www-data -g www-data -m 664 /dev/null "$content/debug.log"

# Apache: only this site, only on loopback. The zip with the dictionaries is larger than PHP's
# default upload limit of 2 MB.
cat >/etc/apache2/ports.conf <<CONF
# Written by the Overlap project's scripts/setup-wordpress.sh.
ServerName $host
Listen $host:$port
CONF
cat >/etc/apache2/sites-available/overlap-wordpress.conf <<CONF
# Written by the Overlap project's scripts/setup-wordpress.sh.
<VirtualHost $host:$port>
  ServerName $host
  DocumentRoot /usr/share/wordpress
  DirectoryIndex index.php
  Alias /wp-content $content
  <Directory /usr/share/wordpress>
    Options FollowSymLinks
    AllowOverride None
    Require all granted
  </Directory>
  <Directory $content>
    Options FollowSymLinks
    AllowOverride None
    Require all granted
  </Directory>
  php_admin_value upload_max_filesize 32M
  php_admin_value post_max_size 32M
  ErrorLog \${APACHE_LOG_DIR}/overlap-wordpress-error.log
  CustomLog \${APACHE_LOG_DIR}/overlap-wordpress-access.log combined
</VirtualHost>
CONF
a2dissite -q 000-default >/dev/null 2>&1 || true
a2ensite -q overlap-wordpress >/dev/null
apache2ctl configtest 2>/dev/null || { apache2ctl configtest; exit 1; }
pidfile=/var/run/apache2/apache2.pid
if [ -s $pidfile ] && kill -0 "$(cat $pidfile)" 2>/dev/null; then
  apache2ctl graceful
else
  apache2ctl start
fi
serving() { php -r "exit(@file_get_contents('$url/wp-includes/images/blank.gif') === false ? 1 : 0);"; }
for _ in $(seq 1 60); do serving && break; sleep 0.5; done
serving || { echo "setup-wordpress: Apache does not answer on $url (see /var/log/apache2/)" >&2; exit 1; }

mkdir -p "$out"
HTTP_HOST=$host php tests/wordpress/install.php "$out/site.json"
echo "setup-wordpress: WordPress ready at $url in $(( $(date +%s) - started )) s"

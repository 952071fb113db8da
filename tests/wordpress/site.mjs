// The suite's WordPress site (set up by scripts/setup-wordpress.sh): its URL and users, logging
// in, creating posts through WordPress as a given user, and the block markup of the editor.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repo } from '../browser/helpers.mjs';

const siteFile = join(repo, 'build/wordpress/site.json');
if (!existsSync(siteFile)) throw new Error('build/wordpress/site.json is missing: run scripts/setup-wordpress.sh first (make test-wordpress does)');
export const site = JSON.parse(readFileSync(siteFile, 'utf8'));
export const CONTENT_DIR = '/var/lib/wordpress/wp-content';
export const PLUGIN_DIR = join(CONTENT_DIR, 'plugins/overlap');

/** Runs a PHP script of this folder with WordPress loaded for the suite's site. */
function php(script, input) {
  const host = new URL(site.url).hostname;
  return execFileSync('php', [join(repo, 'tests/wordpress', script)], {
    input, encoding: 'utf8', env: { ...process.env, HTTP_HOST: host },
  });
}

/** Creates and publishes posts as `user` (kses applies as in the editor); returns
 *  [{id, url, content (as stored), term}]. */
export function createPosts(user, posts) {
  return JSON.parse(php('posts.php', JSON.stringify({ user, posts })));
}

/** Names of the site's options that contain `word`. */
export function optionsNamed(word) {
  const out = execFileSync('mysql', ['-N', '-B', '-u', 'root', 'overlap_wp', '-e',
    `SELECT option_name FROM wp_options WHERE option_name LIKE '%${word.replace(/[^a-z_]/gi, '')}%'`], { encoding: 'utf8' });
  return out.split('\n').filter(Boolean);
}

/** Logs `page` in as `who` ("admin" or "author"). */
export async function logIn(page, who) {
  const { login, password } = site[who];
  await page.goto(`${site.url}wp-login.php`);
  await page.fill('#user_login', login);
  await page.fill('#user_pass', password);
  await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')]);
}

/** A block's comment delimiter as the editor writes it: attributes as JSON with the characters
 *  that could end the comment or open markup escaped. */
export function block(name, attributes) {
  const json = JSON.stringify(attributes)
    .replace(/--/g, '\\u002d\\u002d').replace(/</g, '\\u003c').replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026');
  return `<!-- wp:${name} ${json} /-->`;
}

/** Paragraphs of plain text as HTML. */
export function paragraphsHtml(text) {
  return text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)
    .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n');
}

// Backstop's service worker: the pages a person needs in pain keep working with no
// connection. Pages go to the network first and fall back to the copy kept from the last
// visit; a page never visited, or a form that cannot be sent (the wizard's answers), gets
// the offline page, which says what to do and whom to call. Nothing else is kept: no API
// answer, no account page. The page script (js/offline.js) empties these caches at
// sign-in and sign-out, so one person's result never shows for another.
'use strict';

const PAGES = 'backstop-pages-v1';
const ASSETS = 'backstop-assets-v1';
const OFFLINE = '/offline';

// Pages worth having offline: the last result, the plan, exercises, timers, the library.
const KEPT_PAGES = [/^\/$/, /^\/assess\/result$/, /^\/plan$/, /^\/exercises(\/[a-z0-9_]+)?$/,
	/^\/timers(\/[a-z_]+)?$/, /^\/library(\/[a-z0-9-]+)?$/, /^\/offline$/];

// Files those pages load.
const KEPT_ASSETS = [/^\/css\//, /^\/js\//, /^\/webjars\//, /^\/icons\//, /^\/exercises\/[a-z0-9_]+\.svg$/,
	/^\/favicon\.svg$/, /^\/manifest\.webmanifest$/];

const FIRST_ASSETS = ['/css/backstop.css', '/js/offline.js', '/webjars/htmx.org/dist/htmx.min.js', '/favicon.svg'];

self.addEventListener('install', (event) => {
	event.waitUntil(Promise.all([
		caches.open(PAGES).then((cache) => cache.add(OFFLINE)),
		caches.open(ASSETS).then((cache) => cache.addAll(FIRST_ASSETS))
	]).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
	// Caches of an older worker go: their pages may no longer fit the styles.
	event.waitUntil(caches.keys()
		.then((names) => Promise.all(names.filter((name) => name.startsWith('backstop-') && name !== PAGES && name !== ASSETS)
			.map((name) => caches.delete(name))))
		.then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	if (url.origin !== self.location.origin || url.pathname.startsWith('/api/')) {
		return;
	}
	if (request.mode === 'navigate') {
		event.respondWith(request.method === 'GET' ? page(event, url) : send(request));
	}
	else if (request.method === 'GET' && KEPT_ASSETS.some((path) => path.test(url.pathname))) {
		event.respondWith(asset(event));
	}
});

async function page(event, url) {
	try {
		const response = await fetch(event.request);
		const keep = KEPT_PAGES.some((path) => path.test(url.pathname)) && response.ok && !response.redirected;
		if (keep) {
			const copy = response.clone();
			event.waitUntil(caches.open(PAGES).then((cache) => cache.put(url.pathname, copy)));
		}
		event.waitUntil(refreshOfflinePage(url));
		return response;
	}
	catch (offline) {
		return (await caches.match(url.pathname, { cacheName: PAGES })) || offlinePage();
	}
}

// A form sent with no connection is refused with the offline page, which says that the
// answers were not sent and what to do, never dropped without a word.
async function send(request) {
	try {
		return await fetch(request);
	}
	catch (offline) {
		return offlinePage();
	}
}

async function asset(event) {
	try {
		const response = await fetch(event.request);
		if (response.ok) {
			const copy = response.clone();
			event.waitUntil(caches.open(ASSETS).then((cache) => cache.put(event.request, copy)));
		}
		return response;
	}
	catch (offline) {
		const kept = await caches.match(event.request, { cacheName: ASSETS });
		if (kept) {
			return kept;
		}
		throw offline;
	}
}

async function offlinePage() {
	return (await caches.match(OFFLINE, { cacheName: PAGES }))
		|| new Response('No connection. In an emergency, call your emergency number.',
			{ status: 503, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

// The offline page follows the person's language, theme and country: fetched again when
// one of them changes, or when the caches were emptied at sign-in.
async function refreshOfflinePage(url) {
	const changed = ['lang', 'theme', 'country'].some((name) => url.searchParams.has(name));
	const cache = await caches.open(PAGES);
	if (changed || !(await cache.match(OFFLINE))) {
		const response = await fetch(OFFLINE);
		if (response.ok) {
			await cache.put(OFFLINE, response);
		}
	}
}

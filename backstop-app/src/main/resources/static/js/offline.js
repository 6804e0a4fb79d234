// Makes Backstop work with no connection: registers the service worker (sw.js), and
// empties its caches whenever someone signs in or out, so that pages kept for one person
// (a result, a plan) are never shown to the next.
'use strict';
(function () {
	if (!('serviceWorker' in navigator) || !('caches' in window)) {
		return;
	}
	function forget() {
		return caches.keys().then(function (names) {
			return Promise.all(names.filter(function (name) {
				return name.indexOf('backstop-') === 0;
			}).map(function (name) {
				return caches.delete(name);
			}));
		});
	}
	if (location.pathname === '/sign-in' || location.pathname === '/sign-up') {
		forget();
	}
	document.addEventListener('submit', function (event) {
		var action = event.target.getAttribute('action') || '';
		if (/\/sign-out$/.test(action)) {
			forget();
		}
	});
	navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(function () {
		// Without the worker Backstop still works online; nothing to tell the person.
	});
}());

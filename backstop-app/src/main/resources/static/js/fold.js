// Progressive enhancement only: folded sections (<details>) print open. Print CSS opens
// them in browsers with ::details-content; this does it for the others, and closes
// again after printing what the person had closed.
(function () {
	'use strict';
	var opened = [];
	window.addEventListener('beforeprint', function () {
		document.querySelectorAll('details:not([open])').forEach(function (details) {
			details.open = true;
			opened.push(details);
		});
	});
	window.addEventListener('afterprint', function () {
		opened.forEach(function (details) {
			details.open = false;
		});
		opened = [];
	});
	// A link to something folded (such as "and 2 more") opens its fold.
	function openTarget() {
		var id = decodeURIComponent(window.location.hash.slice(1));
		var target = id && document.getElementById(id);
		var fold = target && target.closest('details');
		if (fold) {
			fold.open = true;
		}
	}
	window.addEventListener('hashchange', openTarget);
	openTarget();
})();

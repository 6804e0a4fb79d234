// Progressive enhancement only: the wizard works the same without this file.
// When a step comes back with problems, move focus to their summary so that
// keyboard and screen-reader users land on the list of what to fix.
(function () {
	'use strict';
	var summary = document.getElementById('error-summary');
	if (summary) {
		summary.focus();
	}
})();

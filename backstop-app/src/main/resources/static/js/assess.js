// Progressive enhancement only: the wizard works the same without this file.
(function () {
	'use strict';
	// When a step comes back with problems, move focus to their summary so that
	// keyboard and screen-reader users land on the list of what to fix.
	var summary = document.getElementById('error-summary');
	if (summary) {
		summary.focus();
	}
	// "No" to a topic unticks its list, which then folds away: nothing hidden stays
	// ticked. (Without this script a ticked sign still counts: the cautious reading.)
	document.querySelectorAll('.topic').forEach(function (topic) {
		topic.querySelectorAll('.topic__answer input').forEach(function (answer) {
			answer.addEventListener('change', function () {
				if (answer.checked && answer.value === 'no') {
					topic.querySelectorAll('.topic__list input[type="checkbox"]').forEach(function (box) {
						box.checked = false;
					});
					topic.classList.remove('topic--open');
				}
			});
		});
	});
})();

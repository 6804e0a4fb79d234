// The diary's small helpers. Without JavaScript every form still works: the quick log
// then uses the zone of the person's latest entry, and the pain table stands alone.
(function () {
	'use strict';

	// The quick log is saved in the person's own time zone, so that it counts for their day.
	function fillTimeZones() {
		var zone;
		try {
			zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
		}
		catch (e) {
			return;
		}
		if (!zone) {
			return;
		}
		Array.prototype.forEach.call(document.querySelectorAll('input[data-browser-zone]'), function (input) {
			if (!input.value) {
				input.value = zone;
			}
		});
	}

	// The progress page's chart, drawn from the table's own rows (oldest first), as
	// history.js draws the saved assessments' chart.
	function drawPain() {
		var table = document.getElementById('pain-by-day');
		var figure = document.getElementById('pain-chart-figure');
		if (!table || !figure || typeof window.Chart !== 'function') {
			return;
		}
		var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
		if (rows.length < 2) {
			return;
		}
		figure.hidden = false;
		var style = window.getComputedStyle(figure);
		var grid = style.borderTopColor;
		var text = window.getComputedStyle(document.body).color;
		var canvas = document.getElementById('pain-chart');
		canvas.chart = new window.Chart(canvas, {
			type: 'line',
			data: {
				labels: rows.map(function (row) { return row.dataset.when; }),
				datasets: [{
					label: table.dataset.axisLabel,
					data: rows.map(function (row) { return Number(row.dataset.pain); }),
					borderColor: style.color,
					backgroundColor: style.color,
					pointRadius: 5,
					pointStyle: 'rectRot'
				}]
			},
			options: {
				animation: false,
				plugins: { legend: { display: false } },
				scales: {
					y: {
						min: 0, max: 10, ticks: { stepSize: 2, color: text },
						grid: { color: grid },
						title: { display: true, text: table.dataset.axisLabel, color: text }
					},
					x: { ticks: { color: text, maxRotation: 0, autoSkip: true }, grid: { color: grid } }
				}
			}
		});
	}

	function start() {
		fillTimeZones();
		drawPain();
	}

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', start);
	}
	else {
		start();
	}
})();

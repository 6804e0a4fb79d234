// Draws a pain chart from a table's own rows (oldest on the left): the saved assessments'
// table (newest first) and the diary's pain by day (oldest first). A table names its
// chart's figure in data-chart. Without JavaScript or Chart.js the table stays, and the
// chart stays hidden.
(function () {
	'use strict';

	function drawAll() {
		if (typeof window.Chart !== 'function') {
			return;
		}
		Array.prototype.forEach.call(document.querySelectorAll('table[data-chart]'), draw);
	}

	function draw(table) {
		var figure = document.getElementById(table.dataset.chart);
		if (!figure) {
			return;
		}
		var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'))
			.filter(function (row) { return row.dataset.pain !== undefined && row.dataset.pain !== ''; });
		if (table.dataset.order === 'newest-first') {
			rows.reverse();
		}
		if (rows.length < 2) {
			return;
		}
		figure.hidden = false;
		var style = window.getComputedStyle(figure);
		var grid = style.borderTopColor;
		var text = window.getComputedStyle(document.body).color;
		var canvas = figure.querySelector('canvas');
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
				// Calm and still: the chart appears drawn, without movement.
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

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', drawAll);
	}
	else {
		drawAll();
	}
})();

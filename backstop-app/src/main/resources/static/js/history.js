// Draws a line chart from a table's own rows (oldest on the left): the saved assessments'
// pain (newest first), the diary's pain by day and a questionnaire's scores (oldest first).
// A table names its chart's figure in data-chart, the row attribute to draw in data-value
// (default pain) and the top of the scale in data-max (default 10). Without JavaScript or
// Chart.js the table stays, and the chart stays hidden.
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
		var key = table.dataset.value || 'pain';
		var max = Number(table.dataset.max || 10);
		var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'))
			.filter(function (row) { return row.dataset[key] !== undefined && row.dataset[key] !== ''; });
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
					data: rows.map(function (row) { return Number(row.dataset[key]); }),
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
						min: 0, max: max, ticks: { stepSize: (max === 10) ? 2 : undefined, color: text },
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

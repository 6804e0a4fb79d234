// Draws the pain chart on the saved assessments page from the table's own rows (oldest on
// the left). Without JavaScript or Chart.js the table stays, and the chart stays hidden.
(function () {
	'use strict';

	function draw() {
		var table = document.getElementById('saved-assessments');
		var figure = document.getElementById('pain-chart-figure');
		if (!table || !figure || typeof window.Chart !== 'function') {
			return;
		}
		var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'))
			.filter(function (row) { return row.dataset.pain !== undefined && row.dataset.pain !== ''; })
			.reverse();
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
		document.addEventListener('DOMContentLoaded', draw);
	}
	else {
		draw();
	}
})();

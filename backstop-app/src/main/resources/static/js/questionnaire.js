// The questionnaire page's chart, drawn from the table of past answers (oldest first), as
// history.js draws the saved assessments' chart. Without JavaScript the table stands alone.
(function () {
	'use strict';

	function drawScores() {
		var table = document.getElementById('past-answers');
		var figure = document.getElementById('score-chart-figure');
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
		var canvas = document.getElementById('score-chart');
		canvas.chart = new window.Chart(canvas, {
			type: 'line',
			data: {
				labels: rows.map(function (row) { return row.dataset.when; }),
				datasets: [{
					label: table.dataset.axisLabel,
					data: rows.map(function (row) { return Number(row.dataset.score); }),
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
						min: 0, max: Number(table.dataset.max), ticks: { color: text },
						grid: { color: grid },
						title: { display: true, text: table.dataset.axisLabel, color: text }
					},
					x: { ticks: { color: text, maxRotation: 0, autoSkip: true }, grid: { color: grid } }
				}
			}
		});
	}

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', drawScores);
	}
	else {
		drawScores();
	}
}());

/* The plan page: live progress pushed by the server (EventSource, no polling), explanations and the
   score by constraint fetched when asked for. Without script the page still works through its links. */
(function () {
  'use strict';
  var live = document.getElementById('live');
  var fmtPercent = new Intl.NumberFormat(document.documentElement.lang || 'fr', { style: 'percent', maximumFractionDigits: 0 });
  var fmtNumber = new Intl.NumberFormat(document.documentElement.lang || 'fr');

  function text(id, value) {
    var el = document.getElementById(id);
    if (el) { el.textContent = value; }
  }

  /* The score in words, as the server says it (ScoreWords): the sentences come with the page. */
  function scoreWords(score) {
    var el = document.getElementById('live-score');
    var m = /^(-?\d+)hard\/(-?\d+)medium\/(-?\d+)soft$/.exec(score || '');
    if (!el || !m) { return '—'; }
    var d = el.dataset;
    var hard = Number(m[1]), medium = Number(m[2]);
    var hours = medium < 0 ? d.unfilled.replace('{0}', fmtNumber.format(-medium)) : d.filled;
    var rules = hard < 0 ? d.broken : d.kept;
    return d.words.replace('{0}', hours).replace('{1}', rules);
  }

  if (live && live.dataset.running === 'true' && window.EventSource) {
    var chart = null;
    var points = [];
    var chartEl = document.getElementById('live-chart');
    var drawChart = function () {
      if (!chartEl || !window.echarts) { return; }
      if (!chart) {
        chart = window.echarts.init(chartEl, null, { renderer: 'svg' });
      }
      chart.setOption({
        animation: false,
        grid: { left: 70, right: 20, top: 40, bottom: 40 },
        title: { text: chartEl.getAttribute('aria-label'), textStyle: { fontSize: 14, color: '#1b1b1f' } },
        xAxis: { type: 'value', name: 's', axisLabel: { color: '#45454f' } },
        yAxis: { type: 'value', name: 'h', scale: true, axisLabel: { color: '#45454f', formatter: function (v) { return fmtNumber.format(v); } } },
        series: [{ type: 'line', step: 'end', data: points, color: '#0b4f9c', symbolSize: 5 }]
      });
    };
    var source = new EventSource(live.dataset.events);
    source.addEventListener('progress', function (event) {
      var p = JSON.parse(event.data);
      text('live-score', scoreWords(p.score));
      text('live-hours', fmtNumber.format(p.hoursAssigned));
      text('live-women', fmtPercent.format(p.womenShare));
      text('live-qpv', fmtPercent.format(p.qpvShare));
      text('live-people', fmtNumber.format(p.candidatesAssigned));
      points.push([p.millis / 1000, p.hoursAssigned]);
      live.dataset.progress = String(points.length);
      drawChart();
    });
    source.addEventListener('end', function (event) {
      source.close();
      var plan = JSON.parse(event.data);
      var status = document.getElementById('live-status');
      if (plan.score) { text('live-score', scoreWords(plan.score)); }
      if (plan.hoursAssigned !== null && plan.hoursAssigned !== undefined) {
        text('live-hours', fmtNumber.format(plan.hoursAssigned));
        if (plan.startedAt && plan.endedAt) {
          points.push([(Date.parse(plan.endedAt) - Date.parse(plan.startedAt)) / 1000, plan.hoursAssigned]);
          drawChart();
        }
      }
      if (plan.indicators) {
        text('live-women', fmtPercent.format(plan.indicators.total.womenShare));
        text('live-qpv', fmtPercent.format(plan.indicators.total.qpvShare));
        text('live-people', fmtNumber.format(plan.indicators.candidatesAssigned));
      }
      var tag = status.querySelector('.tag');
      var label = status.querySelector('[data-status="' + plan.status + '"]');
      tag.textContent = label ? label.textContent : plan.status;
      text('live-note', status.dataset.ended);
      var stop = document.getElementById('stop-form');
      if (stop) { stop.hidden = true; }
      var result = document.getElementById('live-result');
      if (result) { result.hidden = false; result.focus(); }
      live.dataset.running = 'false';
      live.dataset.ended = plan.status;
    });
  }

  function load(container, url) {
    return fetch(url, { headers: { 'Accept': 'text/html' } }).then(function (response) {
      if (!response.ok) { throw new Error(response.status); }
      return response.text();
    }).then(function (html) {
      container.innerHTML = html;
    });
  }

  document.querySelectorAll('details.why').forEach(function (details) {
    details.addEventListener('toggle', function () {
      if (details.open && !details.dataset.loaded) {
        details.dataset.loaded = 'true';
        var body = details.querySelector('.why-body');
        body.setAttribute('aria-busy', 'true');
        load(body, details.dataset.src).catch(function () { delete details.dataset.loaded; })
          .finally(function () { body.removeAttribute('aria-busy'); });
      }
    });
  });

  var score = document.getElementById('score-body');
  if (score) {
    load(score, score.dataset.src).catch(function () { /* the link stays */ });
  }
})();

/* The plan's levers: while they are computed in the background, their progress is asked for now and then, and the
   page reloads once they are done (without script, the page's own link does it). */
(function () {
  'use strict';
  var section = document.getElementById('leviers');
  if (!section || section.dataset.status !== 'RUNNING' || !window.fetch) { return; }
  var progress = document.getElementById('levers-progress');
  var poll = function () {
    fetch(section.dataset.src, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (state) {
        if (!state || state.status === 'RUNNING') {
          if (state && progress && state.total > 0) {
            progress.textContent = progress.dataset.running.replace('{0}', state.done).replace('{1}', state.total);
          }
          window.setTimeout(poll, 1500);
        } else {
          window.location.hash = 'leviers';
          window.location.reload();
        }
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  };
  window.setTimeout(poll, 1000);
})();

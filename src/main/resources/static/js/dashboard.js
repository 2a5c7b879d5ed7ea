/* Charts of the dashboard (ECharts, SVG renderer); the same numbers are in the page's table. */
(function () {
  'use strict';
  // The figures come as JSON data in the page (no inline script: the content security policy forbids them).
  var data = document.getElementById('dashboard-data');
  if (!data || !window.echarts) { return; }
  var d = JSON.parse(data.textContent);
  var lang = document.documentElement.lang || 'fr';
  var pct = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  var colours = ['#0b4f9c', '#8a5a00', '#45454f'];
  function bars(id, categories, series, max) {
    var el = document.getElementById(id);
    if (!el) { return; }
    var chart = window.echarts.init(el, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      color: colours,
      legend: { top: 0, textStyle: { color: '#1b1b1f' } },
      grid: { left: 50, right: 16, top: 40, bottom: 50 },
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return pct.format(v); } },
      xAxis: { type: 'category', data: categories, axisLabel: { color: '#1b1b1f', interval: 0, width: 110, overflow: 'break' } },
      yAxis: { type: 'value', max: max, axisLabel: { color: '#45454f', formatter: function (v) { return pct.format(v); } } },
      series: series.map(function (s) {
        return { name: s.name, type: 'bar', data: s.data,
                 label: { show: true, position: 'top', color: '#1b1b1f', fontSize: 11, formatter: function (p) { return pct.format(p.value); } } };
      })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }
  var withTotal = [d.total].concat(d.labels);
  function national(value) { return withTotal.map(function (c, i) { return i === 0 ? value : null; }); }
  bars('chart-fill', d.labels, [{ name: d.series.plan, data: d.fill.plan }, { name: d.series.baseline, data: d.fill.baseline }], 1);
  bars('chart-women', withTotal, [{ name: d.series.plan, data: d.women.plan }, { name: d.series.baseline, data: d.women.baseline },
    { name: d.series.national, data: national(d.women.national) }], 1);
  bars('chart-qpv', withTotal, [{ name: d.series.plan, data: d.qpv.plan }, { name: d.series.baseline, data: d.qpv.baseline },
    { name: d.series.national, data: national(d.qpv.national) }], 1);
  bars('chart-fte', d.labels, [{ name: d.series.plan, data: d.fteShare.plan }, { name: d.series.baseline, data: d.fteShare.baseline },
    { name: d.series.national, data: d.labels.map(function (c, i) { return i === 0 ? d.worksFte : null; }) }], 1);
})();

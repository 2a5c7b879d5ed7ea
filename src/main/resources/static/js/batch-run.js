/* A batch run's page: its state pushed by the server every 2 s while it runs (EventSource, no polling); the
   page is reloaded once it has ended, so that its buttons and figures are those of the server. */
(function () {
  'use strict';
  var live = document.getElementById('batch-live');
  if (!live || live.dataset.running !== 'true' || !window.EventSource) { return; }
  var source = new EventSource(live.dataset.events);
  var fmt = new Intl.NumberFormat(document.documentElement.lang || 'fr');
  var gap = new Intl.NumberFormat(document.documentElement.lang || 'fr', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  var word = function (status) {
    var span = live.querySelector('[data-state="' + status + '"]');
    return span ? span.textContent : status;
  };
  var set = function (row, field, text) {
    var cell = row.querySelector('[data-field="' + field + '"]');
    if (cell) { cell.textContent = text; }
  };
  source.addEventListener('state', function (event) {
    var run = JSON.parse(event.data);
    run.partitions.forEach(function (p) {
      var row = live.querySelector('tr[data-territory="' + p.territory + '"]');
      if (!row) { return; }
      set(row, 'status', word(p.status));
      set(row, 'slots', fmt.format(p.slots));
      if (p.hoursFilled !== null) {
        set(row, 'hoursFilled', fmt.format(p.hoursFilled));
        set(row, 'baseline', fmt.format(p.baselineHoursFilled));
        set(row, 'plan', String(p.planId));
        if (p.kmTotal !== null) {
          set(row, 'km', fmt.format(Math.round(p.kmTotal)) + ' / ' + fmt.format(Math.round(p.baselineKmTotal)));
          set(row, 'co2', fmt.format(Math.round(p.co2Kg)) + ' / ' + fmt.format(Math.round(p.baselineCo2Kg)));
        }
        if (p.hoursUpperBound !== null) {
          set(row, 'bound', fmt.format(p.hoursUpperBound));
          set(row, 'gap', live.dataset.gap.replace('{0}', gap.format(p.gapPercent)));
        }
      }
    });
    var status = document.getElementById('run-status');
    if (status) { status.textContent = word(run.status); }
    var owner = document.getElementById('run-owner');
    if (owner && run.owner) { owner.textContent = run.owner; }
  });
  source.addEventListener('end', function () {
    source.close();
    window.location.reload();
  });
})();

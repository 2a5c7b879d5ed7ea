/* « Que coûte une cible ? » of the dashboard: while a curve is being computed, its progress is read from the API every
   two seconds, and the page is reloaded once the curve is done (the chart is drawn by the server, as inline SVG). */
(function () {
  'use strict';
  var blocks = document.querySelectorAll('.target-cost-block[data-status="RUNNING"]');
  Array.prototype.forEach.call(blocks, function (block) {
    var progress = block.querySelector('.progress');
    var template = progress ? progress.textContent : '';
    function poll() {
      fetch(block.getAttribute('data-url'), { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (v) {
          if (!v) { return; }
          if (v.status !== 'RUNNING') { window.location.reload(); return; }
          if (progress) {
            progress.textContent = template.replace(/\d+(\D+)\d+/, v.done + '$1' + v.total);
          }
          window.setTimeout(poll, 2000);
        })
        .catch(function () { window.setTimeout(poll, 5000); });
    }
    window.setTimeout(poll, 2000);
  });
}());

// Optional enhancement of "Déposer un besoin": shows the helper's result as the figures are typed.
// Without JavaScript the "Calculer" button does the same on the server.
(function () {
  var out = document.getElementById('helper-result');
  if (!out) { return; }
  var ids = ['amount', 'labourShare', 'insertionRate', 'hourlyCost'];
  function value(id) {
    var v = document.getElementById(id).value.replace(',', '.').trim();
    return v === '' ? NaN : Number(v);
  }
  function update() {
    var a = value('amount'), s = value('labourShare'), r = value('insertionRate'), c = value('hourlyCost');
    if ([a, s, r, c].some(isNaN) || c <= 0 || a < 0 || s < 0 || r < 0 || s > 100 || r > 100) { return; }
    var hours = Math.round(a * s / 100 * r / 100 / c);
    out.textContent = out.dataset.template.replace('{a}', a).replace('{s}', s).replace('{r}', r)
      .replace('{c}', c).replace('{h}', hours);
  }
  ids.forEach(function (id) { document.getElementById(id).addEventListener('input', update); });
}());

// SPDX-License-Identifier: GPL-3.0-or-later
// JSON text exactly as Qt 6 writes it with QJsonDocument::toJson(QJsonDocument::Compact), for
// the hashes a Sovereign Lines match is checked by (SovereignGame::stateHash, the input hash):
// no spaces, object keys in the order Qt keeps them (sorted by UTF-16 code unit, as
// Array.prototype.sort does), strings escaped as JSON.stringify does them (", \, \b \f \n \r \t,
// other controls and lone surrogates as \u00xx and \udxxx in lower case, everything else as
// UTF-8), true, false and null. Numbers: Qt keeps a whole number of up to 2^53 as an integer and
// writes its digits; anything else it writes as a double, in the shorter of the fixed and the
// scientific forms (QByteArray::number(d, 'g', QLocale::FloatingPointShortest): "1e+16",
// "1e-05", "0.00012"). The snapshot holds whole numbers only; the doubles are here so that a
// hand-edited replay is hashed as the C++ would hash it. A JSON number beyond 2^53 that Qt reads
// as a 64-bit integer has already lost its last digits in JSON.parse: no real match has one.
// Plain ES module with no page: the worker and node import it.

const TWO_53 = 2 ** 53;

// Qt's "shortest" form of a double that is not a whole number up to 2^53 (qlocale.cpp,
// QLocaleData::doubleToString with an exponent of at least two digits).
function qtDouble(d) {
  if (!Number.isFinite(d)) return 'null';
  const sign = d < 0 ? '-' : '';
  const [mantissa, exp] = Math.abs(d).toExponential().split('e'); // the shortest digits that read back as d
  const digits = mantissa.replace('.', '');
  const count = digits.length;
  const decpt = Number(exp) + 1; // digits before the decimal point
  let bias = 4; // "e+" and two exponent digits
  if (count <= decpt && count > 1) bias += 1; // the fixed form needs no point, the scientific one does
  else if (count === 1 && decpt <= 0) bias -= 1; // the scientific form needs no point, the fixed one does
  const fixed = decpt <= 0 ? 1 - decpt <= bias : decpt <= count ? bias >= 0 : decpt <= count + bias;
  if (fixed) {
    if (decpt <= 0) return sign + '0.' + '0'.repeat(-decpt) + digits;
    if (decpt < count) return sign + digits.slice(0, decpt) + '.' + digits.slice(decpt);
    return sign + digits + '0'.repeat(decpt - count);
  }
  const e = decpt - 1;
  return sign + digits[0] + (count > 1 ? '.' + digits.slice(1) : '') + 'e' + (e < 0 ? '-' : '+') +
    String(Math.abs(e)).padStart(2, '0');
}

function qtNumber(n) {
  if (Number.isInteger(n) && Math.abs(n) <= TWO_53) return String(n === 0 ? 0 : n); // -0 is written 0
  return qtDouble(n);
}

function write(v, out) {
  if (v === null || v === undefined) { out.push('null'); return; }
  switch (typeof v) {
    case 'boolean': out.push(v ? 'true' : 'false'); return;
    case 'number': out.push(qtNumber(v)); return;
    case 'bigint': out.push(v.toString()); return; // a 64-bit integer kept exact
    case 'string': out.push(JSON.stringify(v)); return;
    default: break;
  }
  if (Array.isArray(v)) {
    out.push('[');
    v.forEach((x, i) => { if (i) out.push(','); write(x, out); });
    out.push(']');
    return;
  }
  out.push('{');
  Object.keys(v).sort().forEach((k, i) => {
    if (i) out.push(',');
    out.push(JSON.stringify(k), ':');
    write(v[k], out);
  });
  out.push('}');
}

// The compact text of `value` (an object, array or plain value), as Qt writes it.
export function qtCompactJson(value) {
  const out = [];
  write(value, out);
  return out.join('');
}

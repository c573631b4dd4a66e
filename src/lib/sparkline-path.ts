/** SVG path of a sparkline; gaps (null values) break the line rather than dropping to zero. */
export const sparklinePath = (values: ReadonlyArray<number | null>, width: number, height: number, pad = 2): string => {
  const known = values.filter((v): v is number => v !== null);
  if (known.length < 2) return '';
  const min = Math.min(...known);
  const max = Math.max(...known);
  const span = max - min || 1;
  const stepX = (width - pad * 2) / (values.length - 1);
  let d = '';
  let penDown = false;
  values.forEach((v, i) => {
    if (v === null) {
      penDown = false;
      return;
    }
    const x = pad + i * stepX;
    const y = height - pad - ((v - min) / span) * (height - pad * 2);
    d += `${penDown ? 'L' : 'M'}${x.toFixed(1)} ${y.toFixed(1)}`;
    penDown = true;
  });
  return d;
};

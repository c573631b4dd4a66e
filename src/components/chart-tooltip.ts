/**
 * Between a series' name and its value in a chart's tooltip: "Қазақстан: 149,2". Recharts' own is " : ",
 * a space before the colon that Kazakh, Russian and English typography all leave out.
 */
export const TOOLTIP_SEPARATOR = ': ';

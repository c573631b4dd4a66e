/** Text made safe to put into HTML that a library takes as markup (Leaflet's attribution): & < > " escaped. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

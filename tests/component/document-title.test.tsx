/**
 * The document's title follows the page and the language (WCAG 2.4.2): a region by its name, a section
 * by its heading, a missing page as such; in the browser, after a language switch and a navigation.
 */
import { fireEvent, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderApp, screen } from '../render-app';

// What index.html says before the app has started.
beforeEach(() => {
  document.title = 'Front-Office Monitor';
});

const titleBecomes = (title: string) => waitFor(() => expect(document.title).toBe(title));

describe('document title', () => {
  it("names a region's page after the region, in the page's language", async () => {
    renderApp('/regions/KZ-62?lang=kk');
    await titleBecomes('Ұлытау облысы — Front-Office Monitor');
  });

  it('names a section as its heading does, and follows a language switch and a navigation', async () => {
    renderApp('/regions?lang=ru');
    await titleBecomes('Регионы — Front-Office Monitor');
    fireEvent.click(screen.getByRole('link', { name: 'English' }));
    await titleBecomes('Regions — Front-Office Monitor');
    fireEvent.click(screen.getByRole('link', { name: 'Overview' }));
    await titleBecomes('Overview — Front-Office Monitor');
    fireEvent.click(screen.getByRole('link', { name: 'Қазақша' }));
    await titleBecomes('Шолу — Front-Office Monitor');
  });

  it('says when there is no such page', async () => {
    renderApp('/no/such/page?lang=en');
    await titleBecomes('Page not found — Front-Office Monitor');
  });
});

declare namespace App {
  interface Locals {
    /**
     * The edition the page is rendered for (a locale of content/story.json → locales). Each page
     * sets it from its route's `lang` parameter before rendering; components read it to load the
     * story, strings and data of that edition.
     */
    locale: string;
  }
}

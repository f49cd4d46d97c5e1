
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'empty': `Zurzeit gibt es keine Nachrichten.`,
'error': `Die Nachrichten konnten nicht geladen werden.`,
'fallback-notice': `Diese Nachrichten sind in Ihrer Sprache nicht verfügbar.`,
'load-more': `Weitere Nachrichten`,
'loaded.one': str`${0} Nachricht geladen`,
'loaded.other': str`${0} Nachrichten geladen`,
'loading': `Nachrichten werden geladen…`,
'read-less': `Weniger anzeigen`,
'read-more': `Weiterlesen`,
'related': `Verwandte Nachrichten`,
'retry': `Erneut versuchen`,
'stale': `Diese Nachrichten sind möglicherweise nicht mehr aktuell.`,
'theme.empty': `Dieses Thema ist nicht verfügbar.`,
'theme.error': `Dieser Inhalt konnte nicht geladen werden.`,
'theme.link': `Mehr zu diesem Thema`,
'theme.loading': `Wird geladen…`,
'theme.news': `Aktuelle Nachrichten`,
'theme.stale': `Dieser Inhalt ist möglicherweise nicht mehr aktuell.`,
'views.one': str`${0} Aufruf`,
'views.other': str`${0} Aufrufe`,
    };
  
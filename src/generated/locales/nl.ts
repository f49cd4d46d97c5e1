
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'empty': `Er is momenteel geen nieuws.`,
'error': `Het nieuws kon niet worden geladen.`,
'fallback-notice': `Dit nieuws is niet beschikbaar in uw taal.`,
'load-more': `Meer nieuws`,
'loaded.one': str`${0} nieuwsbericht geladen`,
'loaded.other': str`${0} nieuwsberichten geladen`,
'loading': `Nieuws wordt geladen…`,
'read-less': `Lees minder`,
'read-more': `Lees meer`,
'related': `Gerelateerd nieuws`,
'retry': `Opnieuw proberen`,
'stale': `Dit nieuws is mogelijk niet meer actueel.`,
'theme.empty': `Dit thema is niet beschikbaar.`,
'theme.error': `Deze inhoud kon niet worden geladen.`,
'theme.link': `Meer over dit thema`,
'theme.loading': `Laden…`,
'theme.news': `Laatste nieuws`,
'theme.stale': `Deze inhoud is mogelijk niet meer actueel.`,
'views.one': str`${0} keer bekeken`,
'views.other': str`${0} keer bekeken`,
    };
  
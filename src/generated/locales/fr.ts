
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'empty': `Aucune actualité pour le moment.`,
'error': `Les actualités n’ont pas pu être chargées.`,
'fallback-notice': `Ces actualités ne sont pas disponibles dans votre langue.`,
'load-more': `Plus d’actualités`,
'loaded.one': str`${0} actualité chargée`,
'loaded.other': str`${0} actualités chargées`,
'loading': `Chargement des actualités…`,
'read-less': `Lire moins`,
'read-more': `Lire plus`,
'related': `Actualités liées`,
'retry': `Réessayer`,
'stale': `Ces actualités ne sont peut-être plus à jour.`,
'theme.empty': `Ce thème n’est pas disponible.`,
'theme.error': `Ce contenu n’a pas pu être chargé.`,
'theme.link': `En savoir plus sur ce thème`,
'theme.loading': `Chargement…`,
'theme.news': `Dernières actualités`,
'theme.stale': `Ce contenu n’est peut-être plus à jour.`,
'views.one': str`${0} vue`,
'views.other': str`${0} vues`,
    };
  
/** The vocabulary of the synthetic help pages: what a cartes.gouv.fr guide talks about. */

export const AUDIENCES = [
  "producteur", "diffuseur", "utilisateur", "administrateur", "développeur", "collectivité", "agent public",
  "partenaire", "éditeur", "contributeur", "géomaticien", "enseignant", "chercheur", "journaliste", "élu",
  "aménageur", "urbaniste", "forestier", "agriculteur", "association",
];

export const ACTIONS = [
  "Publier", "Configurer", "Importer", "Créer", "Modifier", "Supprimer", "Partager", "Consulter", "Téléverser",
  "Gérer", "Vérifier", "Diffuser", "Moissonner", "Documenter", "Styliser", "Mettre à jour", "Archiver", "Exporter",
];

export const OBJECTS = [
  "une couche vecteur", "un flux WMS", "un flux WFS", "une table attributaire", "les métadonnées", "un jeu de données",
  "une carte", "un style", "les droits d’accès", "une clé d’accès", "un entrepôt", "une pyramide raster",
  "un service WMTS", "une base de données", "une livraison", "un espace de travail", "un catalogue", "une emprise",
  "une projection", "une légende", "un fichier GeoPackage", "une archive ZIP", "un lien de partage", "une communauté",
];

export const QUALIFIERS = [
  "", "", "", "pas à pas", "en détail", "depuis l’espace de travail", "avec l’API", "pour une collectivité",
  "en quelques clics", "hors ligne", "à plusieurs", "en toute sécurité",
];

export const TAGS = [
  "Connexion", "Flux WMS", "Flux WFS", "Métadonnées", "Styles", "Raster", "Vecteur", "Droits", "Clés d’accès",
  "Entrepôt", "Catalogue", "Projection", "Légende", "GeoPackage", "Partage", "Communauté", "Livraison", "API",
  "Tuiles vectorielles", "Altimétrie", "Cadastre", "Orthophotos", "Moissonnage", "Sécurité",
];

export const PLACES = [
  "le tableau de bord", "l’onglet « Données »", "le menu « Mon compte »", "la page du jeu de données",
  "le panneau latéral", "l’assistant de publication", "la liste des services", "la fenêtre de partage",
];

export const BUTTONS = ["Publier", "Valider", "Enregistrer", "Continuer", "Ajouter", "Téléverser", "Partager", "Terminer"];

export const FIELDS = ["Nom", "Description", "Projection", "Emprise", "Licence", "Format", "Producteur", "Mots-clés", "Date", "Version"];

export const SENTENCES = [
  "Ouvrez {place} puis choisissez {object}.",
  "Cliquez sur **« {button} »** pour continuer : la suite de la démarche s’affiche.",
  "Vous pouvez {verb} {object} à tout moment ; les modifications sont enregistrées automatiquement.",
  "Si l’opération échoue, vérifiez {object} et recommencez : un message précise la cause de l’erreur.",
  "Seuls les membres de l’espace de travail peuvent {verb} {object}.",
  "Le traitement peut durer quelques minutes selon la taille des données.",
  "Renseignez les champs _{field}_ et _{field2}_ avant de valider.",
  "Vous retrouvez ensuite {object} dans {place}.",
  "Pour gagner du temps, vous pouvez {verb} plusieurs éléments à la fois.",
  "Le support de la Géoplateforme répond à vos questions à l’adresse [geoplateforme@ign.fr](mailto:geoplateforme@ign.fr).",
];

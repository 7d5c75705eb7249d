import type { ContainerDefinition, ContainerOpening, ContainerProblem } from "../lib/markdown/define-container.ts";
import { frenchTypography } from "../lib/markdown/french-typography.ts";

/** The Markdown containers editors write today, each the shortcut of a component. */
export const containerDefinitions: ContainerDefinition[] = [
  {
    name: "alerte",
    label: "Alerte",
    description:
      "Une alerte du DSFR autour de Markdown : information, avertissement, erreur ou succès ; compacte sans titre.",
    marker: ":",
    keywords: ["info", "warning", "error", "success"],
    synonyms: {
      note: "info",
      tip: "info",
      information: "info",
      attention: "warning",
      caution: "warning",
      important: "warning",
      danger: "error",
      erreur: "error",
      succes: "success",
    },
    argument: "un titre, facultatif",
    component: "alert",
    toParams: ({ keyword, argument }, content) => ({
      type: keyword,
      title: title(argument),
      description: content || undefined,
    }),
    check: ({ keyword, argument }, content) => (argument || content ? [] : [empty(`:::${keyword}`)]),
    examples: [
      {
        title: "Information compacte",
        source: ":::info\nLa modification peut mettre quelques minutes à apparaître sur le site.\n:::",
      },
      {
        title: "Avertissement avec un titre",
        source: ":::warning Attention\nLe menu latéral ne montre que **trois niveaux** de pages.\n:::",
      },
      {
        title: "Succès",
        source: ":::success Page publiée\nElle apparaît maintenant dans le [plan du site](/fr/plan-du-site/).\n:::",
      },
    ],
  },
  {
    name: "mise-en-avant",
    label: "Mise en avant",
    description: "Une mise en avant du DSFR autour de Markdown, avec un titre facultatif.",
    marker: ":",
    keywords: ["callout"],
    argument: "un titre, facultatif",
    component: "callout",
    toParams: ({ argument }, content) => ({ title: title(argument), description: content }),
    check: (_opening, content) => (content ? [] : [empty(":::callout")]),
    examples: [
      {
        title: "Mise en avant avec un titre",
        source:
          ":::callout Pour aller plus loin\nLe guide [Rédiger une page](/fr/rediger/) décrit tous les composants.\n:::",
      },
    ],
  },
  {
    name: "mise-en-exergue",
    label: "Mise en exergue",
    description: "Une mise en exergue du DSFR autour de Markdown : un texte détaché par un filet vertical.",
    marker: ":",
    keywords: ["highlight"],
    argument: "rien",
    component: "highlight",
    toParams: (_opening, content) => ({ description: content }),
    check: ({ argument }, content) => [
      ...(argument ? [noArgument(":::highlight", argument)] : []),
      ...(content ? [] : [empty(":::highlight")]),
    ],
    examples: [
      {
        title: "Mise en exergue",
        source: ":::highlight\nUn compte sert à **toutes** les applications de la Géoplateforme.\n:::",
      },
    ],
  },
  {
    name: "citation",
    label: "Citation",
    description: "Une citation du DSFR autour de Markdown, avec la photo de son auteur en option.",
    marker: ":",
    keywords: ["quote"],
    argument: "l’adresse de la photo de l’auteur (/img/…), facultative",
    component: "quote",
    toParams: ({ argument }, content) => ({ text: content, imageSrc: argument || undefined }),
    check: (_opening, content) => (content ? [] : [empty(":::quote")]),
    examples: [
      {
        title: "Citation",
        source: ":::quote\n« Publier ses données sur la Géoplateforme, c’est les rendre visibles de tous. »\n:::",
      },
    ],
  },
  {
    name: "accordeon",
    label: "Accordéon",
    description:
      "Des sections repliables autour de Markdown ; « ??? accordionsgroup » en regroupe plusieurs, dont un seul s’ouvre à la fois.",
    marker: "?",
    argument: "le titre de l’accordéon, ou « accordionsgroup » pour ouvrir un groupe",
    component: "accordionsgroup",
    toParams: ({ argument }, content) => ({ items: [{ title: title(argument), content }] }),
    check: (opening, content) => (content ? [] : [empty(`??? ${opening.argument}`)]),
    group: {
      keyword: "accordionsgroup",
      toParams: (members) => ({ items: members.flatMap((member) => member.items as unknown[]) }),
    },
    examples: [
      {
        title: "Accordéon seul",
        source:
          "??? Quels navigateurs sont pris en charge ?\nLes deux dernières versions de Firefox, Chrome, Edge et Safari.\n???",
      },
      {
        title: "Groupe d’accordéons",
        source:
          "??? accordionsgroup\n??? Je n’ai pas reçu le courriel de vérification\nVérifiez vos **courriers indésirables**, puis demandez un nouvel envoi.\n???\n??? J’ai changé de téléphone\nÉcrivez au support : [geoplateforme@ign.fr](mailto:geoplateforme@ign.fr).\n???\n???",
      },
    ],
  },
];

/** A title from an opening line, with French spacing (the rest of the Markdown gets it too). */
function title(argument: string): string | undefined {
  return argument ? frenchTypography(argument) : undefined;
}

function empty(opening: string): ContainerProblem {
  return {
    message: `conteneur « ${opening} » vide`,
    fix: `écrivez son contenu entre la ligne « ${opening} » et la ligne de fin`,
  };
}

function noArgument(opening: string, argument: ContainerOpening["argument"]): ContainerProblem {
  return {
    message: `conteneur « ${opening} » : « ${argument} » en trop`,
    fix: `écrivez « ${opening} » seul sur sa ligne`,
  };
}

import { facetNamesRoute } from '../../data/facet-names.ts';

export const GET = facetNamesRoute('ru');

import { DirectiveLocation, GraphQLBoolean, GraphQLDirective, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLString } from 'graphql';
import { Directive } from 'type-graphql';
import { DEFAULT_PAGE_SIZE } from './pagination';

/**
 * The cost directives of IBM's GraphQL Cost Directives specification, as Apollo's demand control
 * declares them (`weight: Int!`). They are printed in schema.graphql so partners can compute a
 * request's cost before sending it; server/src/limits.ts computes it from them (docs/API.md, Limits).
 */
export const costDirective = new GraphQLDirective({
  name: 'cost',
  description:
    'The weight of a field (or of every field of a type) in the cost of a request; default 1 for objects, 0 for scalars and enums',
  args: { weight: { type: new GraphQLNonNull(GraphQLInt) } },
  locations: [
    DirectiveLocation.ARGUMENT_DEFINITION,
    DirectiveLocation.ENUM,
    DirectiveLocation.FIELD_DEFINITION,
    DirectiveLocation.INPUT_FIELD_DEFINITION,
    DirectiveLocation.OBJECT,
    DirectiveLocation.SCALAR,
  ],
});

export const listSizeDirective = new GraphQLDirective({
  name: 'listSize',
  description:
    'The most items a list (or, with sizedFields, the named lists of the returned object) holds: the value of a slicing argument, else assumedSize',
  args: {
    assumedSize: { type: GraphQLInt },
    slicingArguments: { type: new GraphQLList(new GraphQLNonNull(GraphQLString)) },
    sizedFields: { type: new GraphQLList(new GraphQLNonNull(GraphQLString)) },
    requireOneSlicingArgument: { type: GraphQLBoolean, defaultValue: true },
  },
  locations: [DirectiveLocation.FIELD_DEFINITION],
});

export const COST_DIRECTIVES = [costDirective, listSizeDirective];

/** `@cost(weight: n)` on a field. */
export const Cost = (weight: number) => Directive(`@cost(weight: ${weight})`);

/** `@listSize(assumedSize: n)` on a list field: it never holds more than n items. */
export const ListSize = (assumedSize: number) => Directive(`@listSize(assumedSize: ${assumedSize})`);

/** A cursor connection: `first` items of `edges`, the default page when `first` is left out. */
export const PagedList = () =>
  Directive(
    `@listSize(assumedSize: ${DEFAULT_PAGE_SIZE}, slicingArguments: ["first"], sizedFields: ["edges"], requireOneSlicingArgument: false)`,
  );

/**
 * Upper bounds of the reference data the sizes rest on (the seed and the domain: 23 counties; a
 * school year a year, 30 years of service history at most; the largest school's teachers; every
 * school of the country).
 */
export const SIZES = {
  counties: 23,
  schoolYears: 30,
  /** Windows of one school year: a school-plan window per group and a teacher-plan window per wave. */
  windowsPerYear: 20,
  /** Teachers of one school (the largest in the country has fewer). */
  teachersPerSchool: 500,
  /** Business accounts of one unit. */
  accountsPerUnit: 50,
  /** K-12 schools of the country. */
  schools: 4000,
  /** Options of the largest dimension (places: 7), with room. */
  options: 10,
  /** Fields a changed record has. */
  fieldsPerRecord: 40,
  /** Items of a reference list (subjects, titles). */
  referenceItems: 100,
  apiKeys: 200,
  /** correctTeachers takes at most 500 items. */
  correctTeachers: 500,
  /** Reminders of one school year: a few per school. */
  reminders: 20000,
} as const;

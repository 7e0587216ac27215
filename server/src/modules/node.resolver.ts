import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { Allow, RULES } from '../auth/rules';
import { fromGlobalId } from '../shared/global-id';
import { Node, tagNode } from '../shared/node';

@Resolver()
export class NodeResolver {
  /**
   * Any object by its global ID, if you may see it: the same row scope as the lists and the same
   * rules as the relations. Something you may not see is null, as if it did not exist.
   */
  @Allow('Query.node')
  @Query(() => Node, { nullable: true })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<object | null> {
    const g = fromGlobalId(id);
    const v = ctx.viewer;
    const { directory, accounts } = ctx.services;
    let found: object | null = null;
    switch (g.type) {
      case 'School':
        found = await directory.schoolFor(v, g.id);
        break;
      case 'Teacher':
        found = await directory.teacherFor(v, g.id);
        break;
      case 'BusinessAccount':
        found = await accounts.businessAccountFor(v, g.id);
        break;
      case 'SchoolYear':
        found = (await directory.schoolYears()).find((y) => y.year === g.id) ?? null;
        break;
      case 'SchoolPlan': {
        const plan = await ctx.loaders.schoolPlanById.load(g.id);
        const school = plan ? await ctx.loaders.unit.load(plan.schoolId) : null;
        found = plan && school && (await RULES['School.schoolPlans'](ctx, school as never)) ? plan : null;
        break;
      }
      case 'TeacherPlan': {
        const plan = await ctx.loaders.teacherPlanById.load(g.id);
        const teacher = plan ? await ctx.loaders.teacher.load(plan.teacherId) : null;
        found = plan && teacher && (await RULES['Teacher.plans'](ctx, teacher as never)) ? plan : null;
        break;
      }
      default:
        found = null;
    }
    return found ? tagNode(found, g.type) : null;
  }
}

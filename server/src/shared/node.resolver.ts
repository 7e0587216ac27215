import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from './module';
import { Allow } from '../auth/rules';
import { fromGlobalId } from './global-id';
import { Node, nodeFinder, tagNode } from './node';

@Resolver()
export class NodeResolver {
  /**
   * Any object by its global ID, if you may see it: the same row scope as the lists and the same
   * rules as the relations (each module's finder, registered from its descriptor's `nodes`).
   * Something you may not see is null, as if it did not exist.
   */
  @Allow('Query.node')
  @Query(() => Node, { nullable: true })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<object | null> {
    const g = fromGlobalId(id);
    const found = (await nodeFinder(g.type)?.(ctx, g.id)) ?? null;
    return found ? tagNode(found, g.type) : null;
  }
}

import { FieldResolver, Resolver, Root } from 'type-graphql';
import { ViewerCapabilities } from '../accounts';
import { readsOwnSchoolStatistics, readsStatistics } from './statistics.policy';

/** The statistics flags of `me.can`, from this module's policy. */
@Resolver(() => ViewerCapabilities)
export class StatisticsCapabilities {
  @FieldResolver(() => Boolean, {
    description: 'Reads the demand analysis across counties (platform, analyst, district, STATISTICS_READ key)',
  })
  readStatistics(@Root() c: ViewerCapabilities) {
    return readsStatistics(c.viewer);
  }

  @FieldResolver(() => Boolean, {
    description: "Reads its own school's statistics against its county and the nation (the statistics permission)",
  })
  readSchoolStatistics(@Root() c: ViewerCapabilities) {
    return readsOwnSchoolStatistics(c.viewer);
  }
}

import { FieldResolver, Resolver, Root } from 'type-graphql';
import { ViewerCapabilities } from '../accounts';
import { decidesCorrections, readsAttainmentStatistics, reportsHours, signsIn } from './hours.policy';

/** The study-hours flags of `me.can` (the navigation of the hours pages), from this module's policy. */
@Resolver(() => ViewerCapabilities)
export class HoursCapabilities {
  @FieldResolver(() => Boolean, {
    description: "審核結案研習異動申請: decides hours corrections after closure (a district its schools', the platform the others')",
  })
  decideHoursCorrections(@Root() c: ViewerCapabilities) {
    return decidesCorrections(c.viewer);
  }

  @FieldResolver(() => Boolean, { description: '簽到 and 我的研習紀錄: signs in to sessions and reads its own study records (a teacher)' })
  signInToSessions(@Root() c: ViewerCapabilities) {
    return signsIn(c.viewer);
  }

  @FieldResolver(() => Boolean, { description: "Reads the county's and the nation's goal attainment (hoursAttainment)" })
  readHoursAttainment(@Root() c: ViewerCapabilities) {
    return readsAttainmentStatistics(c.viewer);
  }

  @FieldResolver(() => Boolean, { description: 'Reports external study hours (a partner key with HOURS_WRITE)' })
  reportExternalHours(@Root() c: ViewerCapabilities) {
    return reportsHours(c.viewer);
  }
}

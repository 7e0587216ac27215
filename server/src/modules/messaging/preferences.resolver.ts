import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../auth/rules';
import { MessageLanguage, MessageType, MessagingMode } from '../../shared/enums';
import { ESSENTIAL_TYPES, MUTABLE_TYPES } from './preferences';

@ObjectType({ description: 'How you receive messages (通知偏好): language, at once or a daily digest, the kinds not to mail' })
class MessagingPreferences {
  @Field(() => MessageLanguage)
  language: MessageLanguage;

  @Field(() => MessagingMode, {
    description: 'DAILY_DIGEST: mails of the kinds that are not essential wait for one mail a day at 07:00 Taiwan time',
  })
  mode: MessagingMode;

  @Field(() => [MessageType], { description: 'Kinds not mailed to you (they still reach your inbox)' })
  mutedTypes: MessageType[];

  @Field(() => [MessageType], { description: 'The kinds you may mute' })
  mutableTypes: MessageType[];

  @Field(() => [MessageType], { description: 'The essential kinds: always mailed at once, cannot be muted' })
  essentialTypes: MessageType[];
}

@InputType()
class MessagingPreferencesInput {
  @Field(() => MessageLanguage)
  language: MessageLanguage;

  @Field(() => MessagingMode)
  mode: MessagingMode;

  @Field(() => [MessageType], { description: 'The whole list of kinds not to mail (essential kinds are refused: ESSENTIAL_MESSAGE)' })
  mutedTypes: MessageType[];
}

const withKinds = <T>(p: T) => ({ ...p, mutableTypes: [...MUTABLE_TYPES], essentialTypes: [...ESSENTIAL_TYPES] });

@Resolver()
export class PreferencesResolver {
  @Allow('Query.myMessagingPreferences')
  @Query(() => MessagingPreferences, {
    description: 'Your messaging preferences (defaults until you set them: zh-TW, at once, nothing muted)',
  })
  async myMessagingPreferences(@Ctx() ctx: Context) {
    return withKinds(await ctx.services.messagingPreferences.mine(ctx.viewer));
  }

  @Allow('Mutation.setMessagingPreferences')
  @Mutation(() => MessagingPreferences, { description: 'Sets your messaging preferences (audited); essential kinds cannot be muted' })
  async setMessagingPreferences(@Arg('input', () => MessagingPreferencesInput) input: MessagingPreferencesInput, @Ctx() ctx: Context) {
    return withKinds(await ctx.services.messagingPreferences.set(ctx.viewer, input));
  }

  @Mutation(() => Boolean, {
    description:
      'The unsubscribe link of a mail: stops mails of this kind to the holder of the key, without a login. ' +
      'Always true for a kind that is not essential, whether or not the key is known; rate-limited (RATE_LIMITED)',
  })
  async unsubscribe(@Arg('key') key: string, @Arg('type', () => MessageType) type: MessageType, @Ctx() ctx: Context) {
    await ctx.services.messagingPreferences.unsubscribe(key, type, ctx.clientAddress);
    return true;
  }
}

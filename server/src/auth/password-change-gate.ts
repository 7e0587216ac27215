import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { Context } from '../context';
import { AppError } from '../shared/errors';

/** The root fields a token that must change its password may use: who it is, the change, logging out. */
export const ALLOWED_ROOT_FIELDS_BEFORE_PASSWORD_CHANGE = new Set(['me', 'changeMyPassword', 'logout', 'logoutEverywhere', '__typename']);

function rootFields(set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, out: string[], seen = new Set<string>()) {
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) out.push(s.name.value);
    else if (s.kind === Kind.INLINE_FRAGMENT) rootFields(s.selectionSet, fragments, out, seen);
    else if (!seen.has(s.name.value) && fragments[s.name.value]) {
      seen.add(s.name.value);
      rootFields(fragments[s.name.value].selectionSet, fragments, out, seen);
    }
  }
  return out;
}

/**
 * After a manager's reset the token reads nothing beyond what the change needs: an operation of such
 * a viewer may only select me, changeMyPassword, logout and logoutEverywhere at its root (public
 * reference data included); anything else is FORBIDDEN with reason PASSWORD_CHANGE_REQUIRED before
 * it runs. (The authChecker keeps refusing every protected field too.)
 */
export const passwordChangeGate: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operation, document }) {
        const v = contextValue.viewer;
        if (v.kind === 'ANONYMOUS' || !v.mustChangePassword || !operation) return;
        const fragments: Record<string, FragmentDefinitionNode> = {};
        for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
        const beyond = rootFields(operation.selectionSet, fragments, []).filter((f) => !ALLOWED_ROOT_FIELDS_BEFORE_PASSWORD_CHANGE.has(f));
        if (beyond.length) {
          throw new AppError('FORBIDDEN', 'PASSWORD_CHANGE_REQUIRED', 'Change your password first (請先變更密碼)');
        }
      },
    };
  },
};

// Registers the client's default options with Apollo's types (see apollo/client.ts), so hook
// results are typed as partial data may be: fields a viewer may not read come back null.
import '@apollo/client';

declare module '@apollo/client' {
  namespace ApolloClient {
    namespace DeclareDefaultOptions {
      interface WatchQuery {
        errorPolicy: 'all';
      }
      interface Query {
        errorPolicy: 'all';
      }
      interface Mutate {
        errorPolicy: 'none';
      }
    }
  }
}

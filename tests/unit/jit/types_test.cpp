// Tests of the specializer's type lattice (ir/types.h): printing, joins (unions, widening to
// dynamic, list element strategies), membership and signature names.
#include "ir/types.h"

#include <gtest/gtest.h>

using fastjit::ir::Type;

TEST(Types, Printing) {
  EXPECT_EQ(Type::integer().toString(), "int");
  EXPECT_EQ(Type::list(Type::floating()).toString(), "list[float]");
  EXPECT_EQ(Type::list(Type::str()).toString(), "list[object]");  // boxed storage
  EXPECT_EQ(Type::tuple({Type::integer(), Type::str()}).toString(), "tuple[int, str]");
  EXPECT_EQ(Type::join(Type::floating(), Type::integer()).toString(), "int|float");
  EXPECT_EQ(Type::iterator(Type::range()).toString(), "iter[range]");
  EXPECT_EQ(fastjit::ir::signatureName("escape_counts",
                                       {Type::integer(), Type::list(Type::complex()),
                                        Type::tuple({Type::integer(), Type::floating()})}),
            "escape_counts[int,list[complex],tuple[int,float]]");
}

TEST(Types, JoinIsALeastUpperBound) {
  Type i = Type::integer(), f = Type::floating(), b = Type::boolean(), c = Type::complex();
  EXPECT_EQ(Type::join(Type::unknown(), i), i);
  EXPECT_EQ(Type::join(i, i), i);
  Type u = Type::join(i, f);
  EXPECT_EQ(u, Type::join(f, i));  // order-independent
  EXPECT_TRUE(u.contains(i));
  EXPECT_TRUE(u.contains(f));
  EXPECT_FALSE(u.contains(b));
  EXPECT_EQ(Type::join(u, i), u);
  Type u3 = Type::join(u, b);
  EXPECT_EQ(u3.toString(), "bool|int|float");
  EXPECT_TRUE(Type::join(u3, c).isDynamic());  // widening past kMaxUnion
  EXPECT_TRUE(Type::join(i, Type::str()).isDynamic());
  EXPECT_TRUE(Type::join(Type::dynamic(), i).isDynamic());
}

TEST(Types, ListsJoinByStrategy) {
  Type lf = Type::list(Type::floating());
  EXPECT_EQ(Type::join(Type::list(Type::unknown()), lf), lf);  // empty list then floats
  EXPECT_EQ(Type::join(lf, Type::list(Type::integer())).toString(), "list[object]");
  EXPECT_TRUE(Type::join(lf, Type::integer()).isDynamic());
}

TEST(Types, TuplesJoinItemwise) {
  Type t1 = Type::tuple({Type::integer(), Type::integer()});
  Type t2 = Type::tuple({Type::integer(), Type::floating()});
  EXPECT_EQ(Type::join(t1, t2).toString(), "tuple[int, int|float]");
  EXPECT_TRUE(Type::join(t1, Type::tuple({Type::integer()})).isDynamic());
}

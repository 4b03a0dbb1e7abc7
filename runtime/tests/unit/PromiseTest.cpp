//===- PromiseTest.cpp - Unit tests of promises and the microtask queue ---===//
//
// Drives the Promise abstract operations and the job queue from C++: no
// reaction runs before the queue is drained, reactions run first in, first
// out in the order promises settle, the resolving functions' shared
// already-resolved flag, self-resolution, thenable assimilation through a
// job, the unhandled-rejection report of kiln_vm_drain_microtasks, and
// kiln_vm_promise_state — also with the collector running on every
// allocation while reactions are pending.
//
//===----------------------------------------------------------------------===//
#include "kiln/Runtime.h"
#include "kiln/VM.h"

#include "builtins/Promise.h"
#include "core/Runtime.h"
#include "vm/VM.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace kiln;

namespace {

/// What the recording callbacks saw: "tag:value" per call.
std::vector<std::string> calls;

/// A callback that records its tag (env value 0) and its int32 argument,
/// and returns the argument plus one.
KilnValue record(Runtime &rt, KilnValue callee, KilnValue,
                 const KilnValue *args, uint32_t argc, bool) {
  ValueArray *env =
      reinterpret_cast<ValueArray *>(asCell(asFunction(callee)->env));
  KilnValue arg = argAt(args, argc, 0);
  calls.push_back(std::to_string(asInt32(env->values[0])) + ":" +
                  (isInt32(arg) ? std::to_string(asInt32(arg)) : "other"));
  return isInt32(arg) ? makeInt32(asInt32(arg) + 1) : arg;
}

class PromiseTest : public ::testing::TestWithParam<bool> {
protected:
  void SetUp() override {
    calls.clear();
    krt = kiln_rt_create(0);
    ASSERT_NE(vmOf(rt()), nullptr);
    kiln_rt_set_gc_stress(krt, GetParam());
    depth = kiln_rt_root_depth(krt);
  }
  void TearDown() override {
    kiln_rt_pop_roots(krt, depth);
    kiln_rt_destroy(krt);
  }
  Runtime &rt() { return fromABI(krt); }
  /// A rooted pending promise.
  PromiseCell *promise() {
    PromiseCell *p = newPromise(rt());
    EXPECT_NE(p, nullptr);
    kiln_rt_push_root(krt, promiseValue(p));
    return p;
  }
  /// A rooted recording callback with \p tag.
  KilnValue callback(int tag) {
    ValueArray *env = ValueArray::create(rt().heap, 1);
    EXPECT_NE(env, nullptr);
    env->values[0] = makeInt32(tag);
    KilnValue *slot = kiln_rt_push_root(krt, cellValue(env));
    FunctionCell *f = newNativeClosure(rt(), record, *slot, 1);
    EXPECT_NE(f, nullptr);
    return *kiln_rt_push_root(krt, objectValue(&f->object));
  }
  /// p.then(onFulfilled, onRejected) with a derived Kiln promise, which is
  /// returned (rooted).
  PromiseCell *then(PromiseCell *p, KilnValue onFulfilled,
                    KilnValue onRejected = KILN_VALUE_UNDEFINED) {
    PromiseCell *derived = promise();
    EXPECT_TRUE(performPromiseThen(rt(), p, onFulfilled, onRejected,
                                   promiseValue(derived)));
    return derived;
  }

  KilnRuntime *krt = nullptr;
  size_t depth = 0;
};

TEST_P(PromiseTest, ReactionsRunOnlyWhenDrainedInSettlementOrder) {
  PromiseCell *a = promise(), *b = promise();
  then(a, callback(1));
  then(b, callback(2));
  then(a, callback(3));
  ASSERT_TRUE(fulfillPromise(rt(), b, makeInt32(20)));
  ASSERT_TRUE(fulfillPromise(rt(), a, makeInt32(10)));
  EXPECT_TRUE(calls.empty());
  EXPECT_EQ(kiln_vm_drain_microtasks(krt), KILN_VM_OK);
  EXPECT_EQ(calls, (std::vector<std::string>{"2:20", "1:10", "3:10"}));
}

TEST_P(PromiseTest, ChainsPassHandlerResultsAlong) {
  PromiseCell *p = promise();
  PromiseCell *second = then(then(p, callback(1)), callback(2));
  ASSERT_TRUE(resolvePromise(rt(), p, makeInt32(1)));
  EXPECT_EQ(kiln_vm_drain_microtasks(krt), KILN_VM_OK);
  EXPECT_EQ(calls, (std::vector<std::string>{"1:1", "2:2"}));
  KilnValue result;
  EXPECT_EQ(kiln_vm_promise_state(krt, promiseValue(second), &result),
            KILN_PROMISE_FULFILLED);
  EXPECT_EQ(result, makeInt32(3));
}

TEST_P(PromiseTest, ResolvingFunctionsShareTheAlreadyResolvedFlag) {
  PromiseCell *p = promise();
  KilnValue resolve, reject;
  ASSERT_TRUE(createResolvingFunctions(rt(), p, resolve, reject));
  kiln_rt_push_root(krt, resolve);
  kiln_rt_push_root(krt, reject);
  KilnValue one = makeInt32(1), two = makeInt32(2);
  EXPECT_FALSE(
      isException(kiln_rt_call(krt, resolve, KILN_VALUE_UNDEFINED, &one, 1)));
  EXPECT_FALSE(
      isException(kiln_rt_call(krt, reject, KILN_VALUE_UNDEFINED, &two, 1)));
  EXPECT_FALSE(
      isException(kiln_rt_call(krt, resolve, KILN_VALUE_UNDEFINED, &two, 1)));
  KilnValue result;
  EXPECT_EQ(kiln_vm_promise_state(krt, promiseValue(p), &result),
            KILN_PROMISE_FULFILLED);
  EXPECT_EQ(result, one);
}

TEST_P(PromiseTest, SelfResolutionRejectsWithTypeError) {
  PromiseCell *p = promise();
  then(p, KILN_VALUE_UNDEFINED, callback(1));
  ASSERT_TRUE(resolvePromise(rt(), p, promiseValue(p)));
  EXPECT_EQ(p->state, PromiseState::Rejected);
  EXPECT_TRUE(isObject(p->result));
  EXPECT_EQ(kiln_vm_drain_microtasks(krt), KILN_VM_OK);
  EXPECT_EQ(calls, (std::vector<std::string>{"1:other"}));
}

TEST_P(PromiseTest, PromisesAreAssimilatedThroughAJob) {
  PromiseCell *inner = promise(), *outer = promise();
  ASSERT_TRUE(resolvePromise(rt(), outer, promiseValue(inner)));
  EXPECT_EQ(outer->state, PromiseState::Pending);
  ASSERT_TRUE(fulfillPromise(rt(), inner, makeInt32(5)));
  then(outer, callback(1));
  EXPECT_EQ(kiln_vm_drain_microtasks(krt), KILN_VM_OK);
  EXPECT_EQ(outer->state, PromiseState::Fulfilled);
  EXPECT_EQ(calls, (std::vector<std::string>{"1:5"}));
}

TEST_P(PromiseTest, UnhandledRejectionsAreReportedAfterTheDrain) {
  PromiseCell *handledLater = promise();
  ASSERT_TRUE(rejectPromise(rt(), handledLater, makeInt32(1)));
  then(handledLater, KILN_VALUE_UNDEFINED, callback(1));
  EXPECT_EQ(kiln_vm_drain_microtasks(krt), KILN_VM_OK);

  PromiseCell *unhandled = promise();
  ASSERT_TRUE(rejectPromise(rt(), unhandled, makeInt32(2)));
  testing::internal::CaptureStderr();
  EXPECT_EQ(kiln_vm_drain_microtasks(krt), KILN_VM_UNCAUGHT);
  EXPECT_EQ(testing::internal::GetCapturedStderr(),
            "Uncaught (in promise) 2\n");
  // Reported once: the list is cleared.
  EXPECT_EQ(kiln_vm_drain_microtasks(krt), KILN_VM_OK);
}

TEST_P(PromiseTest, PromiseStateMarksRejectionsHandled) {
  PromiseCell *p = promise();
  EXPECT_EQ(kiln_vm_promise_state(krt, promiseValue(p), nullptr),
            KILN_PROMISE_PENDING);
  EXPECT_EQ(kiln_vm_promise_state(krt, makeInt32(1), nullptr),
            KILN_PROMISE_NOT_A_PROMISE);
  ASSERT_TRUE(rejectPromise(rt(), p, makeInt32(3)));
  KilnValue reason;
  EXPECT_EQ(kiln_vm_promise_state(krt, promiseValue(p), &reason),
            KILN_PROMISE_REJECTED);
  EXPECT_EQ(reason, makeInt32(3));
  EXPECT_EQ(kiln_vm_drain_microtasks(krt), KILN_VM_OK);
}

TEST_P(PromiseTest, LongChainsSurviveCollections) {
  PromiseCell *first = promise();
  PromiseCell *last = first;
  for (int i = 0; i < 200; ++i)
    last = then(last, callback(i));
  kiln_rt_collect(krt);
  ASSERT_TRUE(fulfillPromise(rt(), first, makeInt32(0)));
  EXPECT_EQ(kiln_vm_drain_microtasks(krt), KILN_VM_OK);
  ASSERT_EQ(calls.size(), 200u);
  EXPECT_EQ(calls.back(), "199:199");
  KilnValue result;
  EXPECT_EQ(kiln_vm_promise_state(krt, promiseValue(last), &result),
            KILN_PROMISE_FULFILLED);
  EXPECT_EQ(result, makeInt32(200));
}

INSTANTIATE_TEST_SUITE_P(GCStress, PromiseTest, ::testing::Bool());

} // namespace

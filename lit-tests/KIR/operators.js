// Each operator is one instruction naming its runtime operation; &&, || and
// ?? branch and meet in a join block through a fresh local.
// RUN: %kilnc --emit=ir %s | FileCheck %s --match-full-lines

let x = 1, y = 2, r;
r = [x + y, x - y, x * y, x / y, x % y, x ** y, x << y, x >> y, x >>> y,
     x & y, x | y, x ^ y, x == y, x != y, x === y, x !== y, x < y, x <= y,
     x > y, x >= y, x in y, x instanceof y];
r = [-x, +x, !x, ~x, typeof x, typeof nowhere, void x];
r = x && y;
r = x || y;
r = x ?? y;
r = x ? y : 3;

// CHECK-LABEL: function @0 <script>() params=0 locals=7 env=none
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_number 1
// CHECK-NEXT:   store_local 0, %0
// CHECK-NEXT:   %1 = load_number 2
// CHECK-NEXT:   store_local 1, %1
// CHECK-NEXT:   %2 = load_undefined
// CHECK-NEXT:   store_local 2, %2
// CHECK-NEXT:   %3 = new_array 22
// CHECK-NEXT:   %4 = load_local 0
// CHECK-NEXT:   %5 = load_local 1
// CHECK-NEXT:   %6 = add %4, %5
// CHECK-NEXT:   define_index %3, 0, %6
// CHECK-NEXT:   %7 = load_local 0
// CHECK-NEXT:   %8 = load_local 1
// CHECK-NEXT:   %9 = sub %7, %8
// CHECK-NEXT:   define_index %3, 1, %9
// CHECK-NEXT:   %10 = load_local 0
// CHECK-NEXT:   %11 = load_local 1
// CHECK-NEXT:   %12 = mul %10, %11
// CHECK-NEXT:   define_index %3, 2, %12
// CHECK-NEXT:   %13 = load_local 0
// CHECK-NEXT:   %14 = load_local 1
// CHECK-NEXT:   %15 = div %13, %14
// CHECK-NEXT:   define_index %3, 3, %15
// CHECK-NEXT:   %16 = load_local 0
// CHECK-NEXT:   %17 = load_local 1
// CHECK-NEXT:   %18 = mod %16, %17
// CHECK-NEXT:   define_index %3, 4, %18
// CHECK-NEXT:   %19 = load_local 0
// CHECK-NEXT:   %20 = load_local 1
// CHECK-NEXT:   %21 = exp %19, %20
// CHECK-NEXT:   define_index %3, 5, %21
// CHECK-NEXT:   %22 = load_local 0
// CHECK-NEXT:   %23 = load_local 1
// CHECK-NEXT:   %24 = shl %22, %23
// CHECK-NEXT:   define_index %3, 6, %24
// CHECK-NEXT:   %25 = load_local 0
// CHECK-NEXT:   %26 = load_local 1
// CHECK-NEXT:   %27 = shr %25, %26
// CHECK-NEXT:   define_index %3, 7, %27
// CHECK-NEXT:   %28 = load_local 0
// CHECK-NEXT:   %29 = load_local 1
// CHECK-NEXT:   %30 = ushr %28, %29
// CHECK-NEXT:   define_index %3, 8, %30
// CHECK-NEXT:   %31 = load_local 0
// CHECK-NEXT:   %32 = load_local 1
// CHECK-NEXT:   %33 = bitand %31, %32
// CHECK-NEXT:   define_index %3, 9, %33
// CHECK-NEXT:   %34 = load_local 0
// CHECK-NEXT:   %35 = load_local 1
// CHECK-NEXT:   %36 = bitor %34, %35
// CHECK-NEXT:   define_index %3, 10, %36
// CHECK-NEXT:   %37 = load_local 0
// CHECK-NEXT:   %38 = load_local 1
// CHECK-NEXT:   %39 = bitxor %37, %38
// CHECK-NEXT:   define_index %3, 11, %39
// CHECK-NEXT:   %40 = load_local 0
// CHECK-NEXT:   %41 = load_local 1
// CHECK-NEXT:   %42 = eq %40, %41
// CHECK-NEXT:   define_index %3, 12, %42
// CHECK-NEXT:   %43 = load_local 0
// CHECK-NEXT:   %44 = load_local 1
// CHECK-NEXT:   %45 = ne %43, %44
// CHECK-NEXT:   define_index %3, 13, %45
// CHECK-NEXT:   %46 = load_local 0
// CHECK-NEXT:   %47 = load_local 1
// CHECK-NEXT:   %48 = strict_eq %46, %47
// CHECK-NEXT:   define_index %3, 14, %48
// CHECK-NEXT:   %49 = load_local 0
// CHECK-NEXT:   %50 = load_local 1
// CHECK-NEXT:   %51 = strict_ne %49, %50
// CHECK-NEXT:   define_index %3, 15, %51
// CHECK-NEXT:   %52 = load_local 0
// CHECK-NEXT:   %53 = load_local 1
// CHECK-NEXT:   %54 = lt %52, %53
// CHECK-NEXT:   define_index %3, 16, %54
// CHECK-NEXT:   %55 = load_local 0
// CHECK-NEXT:   %56 = load_local 1
// CHECK-NEXT:   %57 = le %55, %56
// CHECK-NEXT:   define_index %3, 17, %57
// CHECK-NEXT:   %58 = load_local 0
// CHECK-NEXT:   %59 = load_local 1
// CHECK-NEXT:   %60 = gt %58, %59
// CHECK-NEXT:   define_index %3, 18, %60
// CHECK-NEXT:   %61 = load_local 0
// CHECK-NEXT:   %62 = load_local 1
// CHECK-NEXT:   %63 = ge %61, %62
// CHECK-NEXT:   define_index %3, 19, %63
// CHECK-NEXT:   %64 = load_local 0
// CHECK-NEXT:   %65 = load_local 1
// CHECK-NEXT:   %66 = in %64, %65
// CHECK-NEXT:   define_index %3, 20, %66
// CHECK-NEXT:   %67 = load_local 0
// CHECK-NEXT:   %68 = load_local 1
// CHECK-NEXT:   %69 = instanceof %67, %68
// CHECK-NEXT:   define_index %3, 21, %69
// CHECK-NEXT:   store_local 2, %3
// CHECK-NEXT:   %70 = new_array 7
// CHECK-NEXT:   %71 = load_local 0
// CHECK-NEXT:   %72 = neg %71
// CHECK-NEXT:   define_index %70, 0, %72
// CHECK-NEXT:   %73 = load_local 0
// CHECK-NEXT:   %74 = to_number %73
// CHECK-NEXT:   define_index %70, 1, %74
// CHECK-NEXT:   %75 = load_local 0
// CHECK-NEXT:   %76 = not %75
// CHECK-NEXT:   define_index %70, 2, %76
// CHECK-NEXT:   %77 = load_local 0
// CHECK-NEXT:   %78 = bitnot %77
// CHECK-NEXT:   define_index %70, 3, %78
// CHECK-NEXT:   %79 = load_local 0
// CHECK-NEXT:   %80 = typeof %79
// CHECK-NEXT:   define_index %70, 4, %80
// CHECK-NEXT:   %81 = typeof_global "nowhere"
// CHECK-NEXT:   define_index %70, 5, %81
// CHECK-NEXT:   %82 = load_local 0
// CHECK-NEXT:   %83 = load_undefined
// CHECK-NEXT:   define_index %70, 6, %83
// CHECK-NEXT:   store_local 2, %70
// CHECK-NEXT:   %84 = load_local 0
// CHECK-NEXT:   store_local 3, %84
// CHECK-NEXT:   branch %84, bb1, bb2
// CHECK-NEXT: bb1:
// CHECK-NEXT:   %85 = load_local 1
// CHECK-NEXT:   store_local 3, %85
// CHECK-NEXT:   jump bb2
// CHECK-NEXT: bb2:
// CHECK-NEXT:   %86 = load_local 3
// CHECK-NEXT:   store_local 2, %86
// CHECK-NEXT:   %87 = load_local 0
// CHECK-NEXT:   store_local 4, %87
// CHECK-NEXT:   branch %87, bb4, bb3
// CHECK-NEXT: bb3:
// CHECK-NEXT:   %88 = load_local 1
// CHECK-NEXT:   store_local 4, %88
// CHECK-NEXT:   jump bb4
// CHECK-NEXT: bb4:
// CHECK-NEXT:   %89 = load_local 4
// CHECK-NEXT:   store_local 2, %89
// CHECK-NEXT:   %90 = load_local 0
// CHECK-NEXT:   store_local 5, %90
// CHECK-NEXT:   %91 = is_nullish %90
// CHECK-NEXT:   branch %91, bb5, bb6
// CHECK-NEXT: bb5:
// CHECK-NEXT:   %92 = load_local 1
// CHECK-NEXT:   store_local 5, %92
// CHECK-NEXT:   jump bb6
// CHECK-NEXT: bb6:
// CHECK-NEXT:   %93 = load_local 5
// CHECK-NEXT:   store_local 2, %93
// CHECK-NEXT:   %94 = load_local 0
// CHECK-NEXT:   branch %94, bb7, bb8
// CHECK-NEXT: bb7:
// CHECK-NEXT:   %95 = load_local 1
// CHECK-NEXT:   store_local 6, %95
// CHECK-NEXT:   jump bb9
// CHECK-NEXT: bb8:
// CHECK-NEXT:   %96 = load_number 3
// CHECK-NEXT:   store_local 6, %96
// CHECK-NEXT:   jump bb9
// CHECK-NEXT: bb9:
// CHECK-NEXT:   %97 = load_local 6
// CHECK-NEXT:   store_local 2, %97
// CHECK-NEXT:   %98 = load_undefined
// CHECK-NEXT:   return %98

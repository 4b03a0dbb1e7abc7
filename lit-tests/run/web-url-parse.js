// The WHATWG URL parser through new URL(url, base) and URL.canParse:
// special and opaque schemes, relative resolution, dot segments, the
// percent-encode sets, IPv4 (numeric forms) and IPv6 (compression) hosts,
// file URLs and drive letters, failures; every component getter, checked
// against Node 20's output.
// RUN: %kilnc run %s | FileCheck %s --match-full-lines
// RUN: %kilnc run --gc-stress %s | FileCheck %s --match-full-lines

const cases = [
  ["http://example.com"], ["HTTP://EXAMPLE.COM:80/a/../b/./c?x=1#frag"], ["https://user:pa ss@host:8443/p?q#h"],
  ["https://h:443/"], ["http://h:65536/"], ["http://h:0/"], ["ws://h:80/x"], ["wss://h:443"],
  ["/path?q", "http://base.com/a/b"], ["../x", "http://base.com/a/b/c"], ["?q2", "http://b.com/p?q1#f"], ["#f2", "http://b.com/p?q1#f"],
  ["//other.com/z", "https://b.com/"], ["x", "mailto:a@b"], ["#x", "mailto:a@b"], ["mailto:someone@example.com?subject=hi there"],
  ["http://192.168.0.1/"], ["http://0x7f.1/"], ["http://2130706433/"], ["http://0300.0250.0.1"], ["http://1.2.3.4.5/"], ["http://256.1.1.1/"], ["http://1.2.3.256/"], ["http://4294967295/"], ["http://4294967296/"],
  ["http://[::1]:8080/"], ["http://[2001:db8:0:0:1:0:0:1]/"], ["http://[0:0:0:0:0:0:0:0]/"], ["http://[::ffff:192.168.1.1]/"], ["http://[1:2:3:4:5:6:7:8]/"], ["http://[1::]/"], ["http://[:1]/"], ["http://[::1/"],
  ["http://exa mple.com/"], ["http://exa%41mple.com/"], ["http://ex%2fample/"], ["http://a/é?é#é"], ["http://a/%zz%41"],
  ["file:///etc/passwd"], ["file://localhost/x"], ["file:///C:/x/../.."], ["file:c:\\foo\\bar"], ["file://host/share"], ["..", "file:///a/b/c"],
  ["http:/\\/a/b"], ["http:a/b", "http://h/x/y"], ["  http://a/\t\nb  "], ["http://a/b/%2e%2E/c"], ["http://a/b/.%2e"], ["non-special://host/a/../b"], ["non-special:/x"], ["non-special://"], ["foo://h:99/"],
  ["http://"], ["http://@h/"], ["http://u@/"], ["http://a:b@c:d@e/"], ["https://a@b@c/"], ["not a url"], ["", "http://a/b?c#d"], ["javascript:alert(1)"], ["blob:https://a/b"], ["data:text/plain,hi there"],
  ["http://a/?q=`{}'\"<> #f `{}'\"<>"], ["foo://a/?q=`'\"<>#`"], ["http://a/b\\c"], ["foo://a/b\\c"], ["http://h/\u00a0"], ["HtTpS://ExAmPlE.CoM/PaTh"],
  ["http://a.b.c./"], ["http://0x/"], ["http://09/"], ["http://1.0x/"], ["http://a..b/"], ["http://%30/"], ["ftp://x:21/y"],
];
for (const [u, b] of cases) {
  try {
    const x = b === undefined ? new URL(u) : new URL(u, b);
    console.log(JSON.stringify([x.href, x.origin, x.protocol, x.username, x.password, x.host, x.hostname, x.port, x.pathname, x.search, x.hash]));
  } catch (e) { console.log(JSON.stringify(u), e.name, e.message); }
  console.log(URL.canParse(u, b));
}

// CHECK: ["http://example.com/","http://example.com","http:","","","example.com","example.com","","/","",""]
// CHECK-NEXT: true
// CHECK-NEXT: ["http://example.com/b/c?x=1#frag","http://example.com","http:","","","example.com","example.com","","/b/c","?x=1","#frag"]
// CHECK-NEXT: true
// CHECK-NEXT: ["https://user:pa%20ss@host:8443/p?q#h","https://host:8443","https:","user","pa%20ss","host:8443","host","8443","/p","?q","#h"]
// CHECK-NEXT: true
// CHECK-NEXT: ["https://h/","https://h","https:","","","h","h","","/","",""]
// CHECK-NEXT: true
// CHECK-NEXT: "http://h:65536/" TypeError Invalid URL
// CHECK-NEXT: false
// CHECK-NEXT: ["http://h:0/","http://h:0","http:","","","h:0","h","0","/","",""]
// CHECK-NEXT: true
// CHECK-NEXT: ["ws://h/x","ws://h","ws:","","","h","h","","/x","",""]
// CHECK-NEXT: true
// CHECK-NEXT: ["wss://h/","wss://h","wss:","","","h","h","","/","",""]
// CHECK-NEXT: true
// CHECK-NEXT: ["http://base.com/path?q","http://base.com","http:","","","base.com","base.com","","/path","?q",""]
// CHECK-NEXT: true
// CHECK-NEXT: ["http://base.com/a/x","http://base.com","http:","","","base.com","base.com","","/a/x","",""]
// CHECK-NEXT: true
// CHECK-NEXT: ["http://b.com/p?q2","http://b.com","http:","","","b.com","b.com","","/p","?q2",""]
// CHECK-NEXT: true
// CHECK-NEXT: ["http://b.com/p?q1#f2","http://b.com","http:","","","b.com","b.com","","/p","?q1","#f2"]
// CHECK-NEXT: true
// CHECK-NEXT: ["https://other.com/z","https://other.com","https:","","","other.com","other.com","","/z","",""]
// CHECK-NEXT: true
// CHECK-NEXT: "x" TypeError Invalid URL
// CHECK-NEXT: false
// CHECK-NEXT: ["mailto:a@b#x","null","mailto:","","","","","","a@b","","#x"]
// CHECK-NEXT: true
// CHECK-NEXT: ["mailto:someone@example.com?subject=hi%20there","null","mailto:","","","","","","someone@example.com","?subject=hi%20there",""]
// CHECK-NEXT: true
// CHECK-NEXT: ["http://192.168.0.1/","http://192.168.0.1","http:","","","192.168.0.1","192.168.0.1","","/","",""]
// CHECK-NEXT: true
// CHECK-NEXT: ["http://127.0.0.1/","http://127.0.0.1","http:","","","127.0.0.1","127.0.0.1","","/","",""]
// CHECK-NEXT: true
// CHECK-NEXT: ["http://127.0.0.1/","http://127.0.0.1","http:","","","127.0.0.1","127.0.0.1","","/","",""]
// CHECK-NEXT: true
// CHECK-NEXT: ["http://192.168.0.1/","http://192.168.0.1","http:","","","192.168.0.1","192.168.0.1","","/","",""]
// CHECK-NEXT: true
// CHECK-NEXT: "http://1.2.3.4.5/" TypeError Invalid URL
// CHECK-NEXT: false
// CHECK-NEXT: "http://256.1.1.1/" TypeError Invalid URL
// CHECK-NEXT: false
// CHECK-NEXT: "http://1.2.3.256/" TypeError Invalid URL
// CHECK-NEXT: false
// CHECK-NEXT: ["http://255.255.255.255/","http://255.255.255.255","http:","","","255.255.255.255","255.255.255.255","","/","",""]
// CHECK-NEXT: true
// CHECK-NEXT: "http://4294967296/" TypeError Invalid URL
// CHECK-NEXT: false
// CHECK-NEXT: ["http://[::1]:8080/","http://[::1]:8080","http:","","","[::1]:8080","[::1]","8080","/","",""]
// CHECK-NEXT: true
// CHECK-NEXT: ["http://[2001:db8::1:0:0:1]/","http://[2001:db8::1:0:0:1]","http:","","","[2001:db8::1:0:0:1]","[2001:db8::1:0:0:1]","","/","",""]
// CHECK-NEXT: true
// CHECK-NEXT: ["http://[::]/","http://[::]","http:","","","[::]","[::]","","/","",""]
// CHECK-NEXT: true
// CHECK-NEXT: ["http://[::ffff:c0a8:101]/","http://[::ffff:c0a8:101]","http:","","","[::ffff:c0a8:101]","[::ffff:c0a8:101]","","/","",""]
// CHECK-NEXT: true
// CHECK-NEXT: ["http://[1:2:3:4:5:6:7:8]/","http://[1:2:3:4:5:6:7:8]","http:","","","[1:2:3:4:5:6:7:8]","[1:2:3:4:5:6:7:8]","","/","",""]
// CHECK-NEXT: true
// CHECK-NEXT: ["http://[1::]/","http://[1::]","http:","","","[1::]","[1::]","","/","",""]
// CHECK-NEXT: true
// CHECK-NEXT: "http://[:1]/" TypeError Invalid URL
// CHECK-NEXT: false
// CHECK-NEXT: "http://[::1/" TypeError Invalid URL
// CHECK-NEXT: false
// CHECK-NEXT: "http://exa mple.com/" TypeError Invalid URL
// CHECK-NEXT: false
// CHECK-NEXT: ["http://exaample.com/","http://exaample.com","http:","","","exaample.com","exaample.com","","/","",""]
// CHECK-NEXT: true
// CHECK-NEXT: "http://ex%2fample/" TypeError Invalid URL
// CHECK-NEXT: false
// CHECK-NEXT: ["http://a/%C3%A9?%C3%A9#%C3%A9","http://a","http:","","","a","a","","/%C3%A9","?%C3%A9","#%C3%A9"]
// CHECK-NEXT: true
// CHECK-NEXT: ["http://a/%zz%41","http://a","http:","","","a","a","","/%zz%41","",""]
// CHECK-NEXT: true
// CHECK-NEXT: ["file:///etc/passwd","null","file:","","","","","","/etc/passwd","",""]
// CHECK-NEXT: true
// CHECK-NEXT: ["file:///x","null","file:","","","","","","/x","",""]
// CHECK-NEXT: true
// CHECK-NEXT: ["file:///C:/","null","file:","","","","","","/C:/","",""]
// CHECK-NEXT: true
// CHECK-NEXT: ["file:///c:/foo/bar","null","file:","","","","","","/c:/foo/bar","",""]
// CHECK-NEXT: true
// CHECK-NEXT: ["file://host/share","null","file:","","","host","host","","/share","",""]
// CHECK-NEXT: true
// CHECK-NEXT: ["file:///a/","null","file:","","","","","","/a/","",""]
// CHECK-NEXT: true
// CHECK-NEXT: ["http://a/b","http://a","http:","","","a","a","","/b","",""]
// CHECK-NEXT: true
// CHECK-NEXT: ["http://h/x/a/b","http://h","http:","","","h","h","","/x/a/b","",""]
// CHECK-NEXT: true
// CHECK-NEXT: ["http://a/b","http://a","http:","","","a","a","","/b","",""]
// CHECK-NEXT: true
// CHECK-NEXT: ["http://a/c","http://a","http:","","","a","a","","/c","",""]
// CHECK-NEXT: true
// CHECK-NEXT: ["http://a/","http://a","http:","","","a","a","","/","",""]
// CHECK-NEXT: true
// CHECK-NEXT: ["non-special://host/b","null","non-special:","","","host","host","","/b","",""]
// CHECK-NEXT: true
// CHECK-NEXT: ["non-special:/x","null","non-special:","","","","","","/x","",""]
// CHECK-NEXT: true
// CHECK-NEXT: ["non-special://","null","non-special:","","","","","","","",""]
// CHECK-NEXT: true
// CHECK-NEXT: ["foo://h:99/","null","foo:","","","h:99","h","99","/","",""]
// CHECK-NEXT: true
// CHECK-NEXT: "http://" TypeError Invalid URL
// CHECK-NEXT: false
// CHECK-NEXT: ["http://h/","http://h","http:","","","h","h","","/","",""]
// CHECK-NEXT: true
// CHECK-NEXT: "http://u@/" TypeError Invalid URL
// CHECK-NEXT: false
// CHECK-NEXT: ["http://a:b%40c%3Ad@e/","http://e","http:","a","b%40c%3Ad","e","e","","/","",""]
// CHECK-NEXT: true
// CHECK-NEXT: ["https://a%40b@c/","https://c","https:","a%40b","","c","c","","/","",""]
// CHECK-NEXT: true
// CHECK-NEXT: "not a url" TypeError Invalid URL
// CHECK-NEXT: false
// CHECK-NEXT: ["http://a/b?c","http://a","http:","","","a","a","","/b","?c",""]
// CHECK-NEXT: true
// CHECK-NEXT: ["javascript:alert(1)","null","javascript:","","","","","","alert(1)","",""]
// CHECK-NEXT: true
// CHECK-NEXT: ["blob:https://a/b","https://a","blob:","","","","","","https://a/b","",""]
// CHECK-NEXT: true
// CHECK-NEXT: ["data:text/plain,hi there","null","data:","","","","","","text/plain,hi there","",""]
// CHECK-NEXT: true
// CHECK-NEXT: ["http://a/?q=`{}%27%22%3C%3E%20#f%20%60{}'%22%3C%3E","http://a","http:","","","a","a","","/","?q=`{}%27%22%3C%3E%20","#f%20%60{}'%22%3C%3E"]
// CHECK-NEXT: true
// CHECK-NEXT: ["foo://a/?q=`'%22%3C%3E#%60","null","foo:","","","a","a","","/","?q=`'%22%3C%3E","#%60"]
// CHECK-NEXT: true
// CHECK-NEXT: ["http://a/b/c","http://a","http:","","","a","a","","/b/c","",""]
// CHECK-NEXT: true
// CHECK-NEXT: ["foo://a/b\\c","null","foo:","","","a","a","","/b\\c","",""]
// CHECK-NEXT: true
// CHECK-NEXT: ["http://h/%C2%A0","http://h","http:","","","h","h","","/%C2%A0","",""]
// CHECK-NEXT: true
// CHECK-NEXT: ["https://example.com/PaTh","https://example.com","https:","","","example.com","example.com","","/PaTh","",""]
// CHECK-NEXT: true
// CHECK-NEXT: ["http://a.b.c./","http://a.b.c.","http:","","","a.b.c.","a.b.c.","","/","",""]
// CHECK-NEXT: true
// CHECK-NEXT: ["http://0.0.0.0/","http://0.0.0.0","http:","","","0.0.0.0","0.0.0.0","","/","",""]
// CHECK-NEXT: true
// CHECK-NEXT: "http://09/" TypeError Invalid URL
// CHECK-NEXT: false
// CHECK-NEXT: ["http://1.0.0.0/","http://1.0.0.0","http:","","","1.0.0.0","1.0.0.0","","/","",""]
// CHECK-NEXT: true
// CHECK-NEXT: ["http://a..b/","http://a..b","http:","","","a..b","a..b","","/","",""]
// CHECK-NEXT: true
// CHECK-NEXT: ["http://0.0.0.0/","http://0.0.0.0","http:","","","0.0.0.0","0.0.0.0","","/","",""]
// CHECK-NEXT: true
// CHECK-NEXT: ["ftp://x/y","ftp://x","ftp:","","","x","x","","/y","",""]
// CHECK-NEXT: true

"""Embedded style sheets by site generation (each page gets exactly one <style>)."""

GOV_TABLE_2012 = """
body{margin:0;font:12px/1.8 "宋体",SimSun,serif;color:#333;background:#f2f2f2}
a{color:#333;text-decoration:none}
.wrap{width:1000px;margin:0 auto;background:#fff}
.topbar{height:28px;line-height:28px;background:#eee;border-bottom:1px solid #ccc;padding:0 10px}
.topbar .r{float:right}
.banner{height:120px;background:#b71c1c;color:#fff;font-size:32px;line-height:120px;padding-left:30px}
.nav td{background:#c62828;color:#fff;text-align:center;height:36px}
.nav td a{color:#fff;font-size:14px;font-weight:bold}
.crumb{padding:6px 10px;border-bottom:1px dashed #ccc}
.title-box{text-align:center;padding:18px 40px 6px}
.title-box h1{font-size:22px;color:#b00;line-height:1.5;margin:0}
.info{text-align:center;color:#666;border-bottom:1px solid #ddd;padding:6px 0}
.article-content{padding:14px 36px;font-size:14px;line-height:2}
.article-content p{margin:0 0 8px}
.pic{text-align:center}.pic-note{text-align:center;font-size:12px;color:#555}
.tools{text-align:right;padding:6px 36px}
.side td{vertical-align:top}
.footer{background:#c62828;color:#fff;text-align:center;padding:10px;line-height:2}
.footer a{color:#fff}
"""

GOV_DIV_2018 = """
body{margin:0;font:14px/1.75 "Microsoft YaHei",Arial,sans-serif;color:#333;background:#fff}
a{color:#333;text-decoration:none}
.w1200{width:1200px;margin:0 auto}
.top{background:#f5f5f5;border-bottom:1px solid #e5e5e5;height:34px;line-height:34px;font-size:12px}
.top .l{float:left}.top .r{float:right}
.top a{margin:0 6px}
.head{height:140px;background:#1565c0;color:#fff}
.logo{font-size:34px;font-weight:bold;line-height:140px;float:left;margin-left:20px}
.search{float:right;margin-top:52px}.search input{width:220px;height:30px;border:0}
.search button{height:32px;background:#ffb300;border:0}
.nav{background:#0d47a1;height:48px;clear:both}
.nav ul{list-style:none;margin:0 auto;padding:0;width:1200px}
.nav li{float:left;width:12.5%;text-align:center;line-height:48px}
.nav a{color:#fff;font-size:16px}
.crumb{margin:14px auto;font-size:13px;color:#666}
.main{border:1px solid #e3e3e3;padding:30px 60px 40px;margin-bottom:20px}
.title-box{text-align:center}
.title-box h1{font-size:26px;color:#0d47a1;margin:8px 0}
.title-box .yinti,.title-box .futi{font-size:18px;color:#555;margin:4px 0}
.info{text-align:center;font-size:13px;color:#888;border-bottom:1px dashed #ccc;padding-bottom:12px;margin-bottom:20px}
.info span{margin:0 8px}
.article-content{font-size:16px;line-height:2}
.article-content p{margin:0 0 14px;text-indent:2em}
.article-content p.pic,.article-content p.pic-note,.article-content p.sig{text-indent:0}
.pic,.pic-note{text-align:center}.pic-note{font-size:14px;color:#666}
.sig{text-align:right}
table{border-collapse:collapse;margin:10px auto}td,th{border:1px solid #999;padding:4px 8px}
.share{margin-top:30px;border-top:1px solid #eee;padding-top:10px;color:#888}
.prevnext p{margin:6px 0}
.related h3{border-bottom:2px solid #0d47a1;font-size:16px}
.related ul{padding:0;list-style:none}.related li{line-height:32px}.related .d{float:right;color:#999}
.footer{background:#2b2b2b;color:#bbb;text-align:center;padding:20px 0;font-size:13px}
.footer p{margin:4px 0}
.clear{clear:both}
"""

GOV_2025 = """
:root{--main:#a8071a}
body{margin:0;font:16px/1.8 "PingFang SC","Microsoft YaHei",sans-serif;color:#222;background:#f7f8fa}
a{color:inherit;text-decoration:none}
.container{max-width:1200px;margin:0 auto;padding:0 16px}
.toolbar{background:#fff;font-size:13px;color:#666;border-bottom:1px solid #eee}
.toolbar .container{display:flex;justify-content:space-between;height:36px;align-items:center}
.toolbar a{margin-left:14px}
.header{background:linear-gradient(90deg,#a8071a,#d4380d);color:#fff;padding:28px 0}
.header .site{font-size:32px;font-weight:700;letter-spacing:2px}
.header .site small{display:block;font-size:13px;letter-spacing:0;opacity:.8}
.header .container{display:flex;justify-content:space-between;align-items:center}
.search input{width:260px;height:36px;border:0;border-radius:18px 0 0 18px;padding:0 14px}
.search button{height:36px;border:0;border-radius:0 18px 18px 0;background:#ffd666;padding:0 16px}
.mainnav{background:#fff;box-shadow:0 2px 6px rgba(0,0,0,.06)}
.mainnav ul{display:flex;list-style:none;margin:0 auto;padding:0;max-width:1200px}
.mainnav li{flex:1;text-align:center;line-height:54px;font-size:17px}
.crumb{font-size:14px;color:#888;margin:18px 0}
.article{background:#fff;border-radius:8px;padding:40px 72px 48px}
.title-box{text-align:center}
.title-box h1{font-size:30px;line-height:1.45;margin:0 0 12px;color:#111}
.meta{display:flex;flex-wrap:wrap;justify-content:center;gap:6px 22px;font-size:14px;color:#8c8c8c;
      border-bottom:1px solid #f0f0f0;padding-bottom:16px;margin-bottom:26px}
.article-content{font-size:17px;line-height:2}
.article-content p{margin:0 0 16px;text-indent:2em}
.article-content p.pic,.article-content p.pic-note{text-indent:0;text-align:center}
.pic-note{font-size:14px;color:#666}
.article-content h3{font-size:18px;margin:22px 0 10px}
.tail{border-top:1px dashed #ddd;margin-top:30px;padding-top:14px;font-size:14px;color:#666}
.share{user-select:none}
.cards{display:flex;gap:24px;margin:26px 0}
.cards>div{flex:1;background:#fff;border-radius:8px;padding:16px 22px}
.cards ul{padding-left:18px}
.footer{background:#262626;color:#aaa;font-size:13px;padding:26px 0;margin-top:30px}
.footer p{margin:4px 0;text-align:center}
.float-tools{position:fixed;right:10px;bottom:120px;width:56px;font-size:12px;text-align:center;user-select:none}
"""

MEDIA_PORTAL = """
body{margin:0;font:14px/1.7 "Microsoft YaHei",sans-serif;color:#222}
a{color:#222;text-decoration:none}
.w{width:1180px;margin:0 auto}
.top-links{font-size:12px;background:#f4f4f4;height:30px;line-height:30px}
.top-links a{margin-right:12px}
.masthead{height:90px;display:flex;align-items:center;justify-content:space-between}
.masthead .logo{font-size:30px;font-weight:bold;color:#c00}
.channel{background:#c00;height:40px}
.channel a{color:#fff;line-height:40px;margin:0 14px;font-size:15px}
.crumb{margin:14px 0;color:#666}
.col-l{float:left;width:800px}.col-r{float:right;width:340px}
.title-box h1{font-size:28px;line-height:1.4;margin:4px 0 10px}
.title-box .yinti{font-size:16px;color:#666;margin:0}
.title-box .futi{font-size:18px;color:#444;margin:0 0 8px}
.info{font-size:13px;color:#999;border-bottom:1px solid #eee;padding-bottom:10px;margin-bottom:18px}
.info span{margin-right:14px}
.article-content{font-size:16px;line-height:1.9}
.article-content p{margin:0 0 16px}
.pic{text-align:center}.pic-note{text-align:center;color:#666;font-size:14px}
.editor{text-align:right;color:#888;font-size:13px}
.share{margin:20px 0;color:#999}
.box h3{font-size:16px;border-left:4px solid #c00;padding-left:8px}
.box ul{padding-left:16px}.box li{line-height:30px}
.footer{clear:both;border-top:3px solid #c00;text-align:center;font-size:12px;color:#666;padding:16px 0}
.footer p{margin:3px 0}
"""

TV_SITE = """
body{margin:0;font:15px/1.75 "Microsoft YaHei",sans-serif;color:#ddd;background:#111}
a{color:#ddd;text-decoration:none}
.w{width:1200px;margin:0 auto}
.hd{height:70px;display:flex;align-items:center;justify-content:space-between;border-bottom:1px solid #333}
.hd .logo{font-size:26px;font-weight:bold;color:#ff5722}
.hd nav a{margin:0 12px;font-size:16px}
.crumb{font-size:13px;color:#999;margin:12px 0}
.player{height:520px;background:#000;border:1px solid #333;display:flex;align-items:center;justify-content:center;color:#888}
.player .ctl{user-select:none}
.title-box h1{font-size:26px;color:#fff;margin:18px 0 8px}
.info{font-size:13px;color:#999;margin-bottom:16px}
.info span{margin-right:16px}
.article-content{font-size:16px;color:#ccc}
.article-content p{margin:0 0 14px;text-indent:2em}
.credits{font-size:13px;color:#999;border-top:1px solid #333;padding-top:10px}
.credits span{margin-right:18px}
.rec h3{color:#fff;border-left:4px solid #ff5722;padding-left:8px}
.rec ul{display:flex;flex-wrap:wrap;list-style:none;padding:0;gap:14px}
.rec li{width:280px}
.footer{border-top:1px solid #333;margin-top:30px;padding:20px 0;text-align:center;font-size:12px;color:#777}
.footer p{margin:3px 0}
"""

ENGLISH = """
body{margin:0;font:16px/1.6 Georgia,"Times New Roman",serif;color:#222;background:#fff}
a{color:#1a3c6e;text-decoration:none}
.w{width:1100px;margin:0 auto}
.topnav{background:#1a3c6e;color:#fff;font:13px Arial,sans-serif;height:32px;line-height:32px}
.topnav a{color:#fff;margin-right:14px}
.mast{display:flex;justify-content:space-between;align-items:center;height:96px;border-bottom:3px double #1a3c6e}
.mast .logo{font-size:36px;font-weight:bold;color:#1a3c6e}
.sections{font:bold 14px Arial,sans-serif;padding:10px 0;border-bottom:1px solid #ddd}
.sections a{margin-right:18px}
.crumb{font:13px Arial,sans-serif;color:#777;margin:14px 0}
.main{float:left;width:740px}.side{float:right;width:320px;font:14px Arial,sans-serif}
.title-box h1{font-size:34px;line-height:1.25;margin:6px 0 12px}
.info{font:13px Arial,sans-serif;color:#666;border-top:1px solid #eee;border-bottom:1px solid #eee;padding:8px 0;margin-bottom:18px}
.info span{margin-right:16px}
.article-content p{margin:0 0 16px}
.pic{text-align:center}.pic-note{font:13px Arial,sans-serif;color:#666;text-align:center}
.side h3{border-bottom:2px solid #1a3c6e}
.side li{margin-bottom:8px}
.footer{clear:both;background:#f2f2f2;font:12px Arial,sans-serif;color:#666;text-align:center;padding:18px 0;margin-top:30px}
.footer p{margin:3px 0}
"""

EPAPER = """
body{margin:0;font:14px/1.7 "SimSun","宋体",serif;color:#222;background:#e9e4d8}
a{color:#222;text-decoration:none}
.paper{width:1200px;margin:0 auto;background:#fffdf7}
.phead{height:96px;display:flex;align-items:center;justify-content:space-between;padding:0 24px;border-bottom:3px solid #8b0000}
.phead .name{font-size:40px;font-weight:bold;color:#8b0000;font-family:"STKaiti","KaiTi",serif}
.phead .date{font-size:15px}
.bar{background:#f3ede0;border-bottom:1px solid #d8cfbd;padding:6px 24px;font-size:13px}
.bar a{margin-right:10px}
.cols{display:flex}
.pagepane{width:420px;border-right:1px solid #d8cfbd;padding:14px}
.pagepane .banmian{width:380px;height:520px;background:#ddd;display:block}
.pagepane h4{margin:12px 0 6px;border-bottom:1px solid #8b0000}
.pagepane ul{padding-left:18px;margin:0}
.pagepane li{line-height:26px}
.artpane{flex:1;padding:20px 40px}
.title-box{text-align:center;margin-bottom:14px}
.title-box .yinti{font-size:17px;margin:0;color:#333}
.title-box h1{font-size:30px;margin:6px 0;color:#000;font-family:"SimHei","黑体",sans-serif}
.title-box .futi{font-size:17px;margin:0;color:#333}
.byline{text-align:center;color:#444}
.article-content{font-size:16px;line-height:1.9}
.article-content p{margin:0 0 10px}
.pic{text-align:center}.pic-note{text-align:center;font-size:13px;color:#555}
.tools{border-top:1px dashed #ccc;margin-top:20px;padding-top:8px;font-size:13px}
.pfoot{text-align:center;font-size:12px;color:#666;padding:14px;border-top:1px solid #d8cfbd}
.pfoot p{margin:2px 0}
"""

UNIVERSITY = """
body{margin:0;font:14px/1.8 "Microsoft YaHei",sans-serif;color:#333;background:#fff}
a{color:#333;text-decoration:none}
.u-top{background:#003f88;color:#fff;height:110px}
.u-top .in{width:1200px;margin:0 auto;display:flex;justify-content:space-between;align-items:center;height:110px}
.u-top .logo{font-size:30px;font-weight:bold;letter-spacing:3px}
.u-top .logo small{display:block;font-size:12px;letter-spacing:1px;opacity:.8}
.u-top a{color:#fff;margin-left:12px;font-size:13px}
.u-nav{background:#002b5c}
.u-nav ul{width:1200px;margin:0 auto;padding:0;list-style:none;display:flex}
.u-nav li{flex:1;text-align:center;line-height:46px}
.u-nav a{color:#fff;font-size:15px}
.u-main{width:1200px;margin:20px auto;display:flex;gap:30px}
.u-side{width:240px}
.u-side h3{background:#003f88;color:#fff;margin:0;padding:10px 16px;font-size:17px}
.u-side ul{list-style:none;padding:0;margin:0;border:1px solid #ddd}
.u-side li{border-bottom:1px solid #eee;padding:8px 16px}
.u-art{flex:1}
.crumb{border-bottom:1px solid #ddd;padding-bottom:8px;color:#666;font-size:13px}
.title-box{text-align:center;margin-top:20px}
.title-box h1{font-size:24px;color:#003f88;line-height:1.5}
.info{text-align:center;font-size:13px;color:#777;background:#f5f7fa;padding:6px;margin-bottom:22px}
.info span{margin:0 6px}
.article-content{font-size:16px;line-height:2}
.article-content p{margin:0 0 12px;text-indent:2em}
.article-content p.pic,.article-content p.pic-note{text-indent:0;text-align:center}
.pic-note{font-size:14px;color:#666}
.u-foot{background:#002b5c;color:#ccd;text-align:center;font-size:13px;padding:18px 0}
.u-foot p{margin:3px 0}
"""
